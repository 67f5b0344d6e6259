# The two commands a new user needs:
#   make reproduce   install what is missing, build, run every experiment, render every plot
#   make test        install what is missing, build, run the tests
SWIFT      ?= swift
CONFIG     ?= release
REPRO      := .build/$(CONFIG)/repro
TEST_FLAGS := -c $(CONFIG) -Xswiftc -enable-testing --disable-swift-testing

.PHONY: all deps build test test-cluster reproduce replicate run plots report env bench bench-compare compare compare-model clean

all: build

# Installs what is missing: on Debian as root `apt-get install libopenblas-dev pkg-config
# gnuplot-nox fortunes` (scripts/install-deps.sh); elsewhere it says what to install.
deps:
	@bash scripts/install-deps.sh

build: deps
	$(SWIFT) build -c $(CONFIG) --product repro

# One compilation: `swift test` builds every target (tests and the repro binary the
# end-to-end tests run) with TEST_FLAGS, then runs the tests in TEST_WORKERS processes
# (one per core; each test in its own process, so no test sees another's state) and ends
# on the count of tests and failures from the XUnit file it writes.
TEST_WORKERS ?= $(shell nproc 2>/dev/null || echo 2)
TEST_XUNIT   := .build/test-results.xml
test: deps
	@rm -f $(TEST_XUNIT); $(SWIFT) test $(TEST_FLAGS) --parallel --num-workers $(TEST_WORKERS) --xunit-output $(TEST_XUNIT); rc=$$?; \
	  if [ -f $(TEST_XUNIT) ]; then grep -o '<testsuite name="TestResults" errors="[0-9]*" tests="[0-9]*" failures="[0-9]*"' $(TEST_XUNIT) \
	    | sed -E 's/.*errors="([0-9]*)" tests="([0-9]*)" failures="([0-9]*)"/Executed \2 tests, with \3 failures and \1 errors/'; \
	  else echo "no test results ($(TEST_XUNIT) missing)"; fi; exit $$rc

# make test-cluster (not part of make test; root, about 2 minutes): a single-node SLURM
# cluster on localhost (installs slurmctld, slurmd, munge when missing), two specs' quick
# profiles through `repro submit --slurm` as job arrays, merged CSVs compared with a
# single-process run (scripts/cluster/test-cluster.sh); it stops the daemons it started.
test-cluster: build
	REPRO=$(abspath $(REPRO)) bash scripts/cluster/test-cluster.sh

# make reproduce measures afresh (earlier CSVs are kept as .bak files); after an
# interruption, `make reproduce RESUME=1` resumes and keeps every finished row.
# make reproduce QUICK=1 runs every spec's quick profile (reduced sweeps, a few minutes) into
# quick/results and quick/plots (git-ignored), never over the committed results.
OUT := $(if $(QUICK),quick,.)
# make reproduce ends with the sequential rounds (scripts/sequential.py): more seeds where a
# claim with a plan in experiments/sequential/ is undecided, until BUDGET_MIN minutes after make
# started (the build included).
BUDGET_MIN ?= 120
REPRODUCE_START := $(shell date +%s)
reproduce: build
	scripts/install-protein-data.sh
	@mkdir -p $(OUT)/results $(OUT)/plots
	$(REPRO) env | tee $(OUT)/results/env.txt
	$(if $(QUICK),,$(REPRO) bench | tee $(OUT)/results/bench.txt)
	$(if $(RESUME),,rm -f $(OUT)/results/*.rounds.json $(OUT)/results/*.rounds-spec.json)
	$(REPRO) reproduce $(if $(RESUME),,--force) $(if $(QUICK),--quick --out quick)
	$(if $(QUICK),,python3 scripts/sequential.py --experiments experiments --deadline $$(( $(REPRODUCE_START) + 60 * $(BUDGET_MIN) )))

# make replicate     every spec again with every seed + 1000 into replicate/ (after make
#                     reproduce; QUICK=1: the quick profiles into quick-replicate/, after make
#                     reproduce QUICK=1), then replicate/results/REPLICATION.md: both runs'
#                     verdicts side by side, flips between holds and does not hold counted
#                     (scripts/replicate.py; python3)
replicate: build
	python3 scripts/replicate.py $(if $(QUICK),--quick)

# make run EXP=NAME   run experiments/NAME.json (resuming), then plot it
run: build
	@test -n "$(EXP)" || { echo "usage: make run EXP=NAME (a spec in experiments/)" >&2; exit 2; }
	$(REPRO) run $(EXP)

# make plots          re-render every plot from the CSVs in results/ (no measurement), the
#                     peers plots (plots/peers-*) from results/peers.csv and peers-reformer.csv when they exist
plots: build
	$(REPRO) plot --all
	@if [ -f results/peers.csv ]; then python3 scripts/compare/compare.py --plots-only; fi
	@if [ -f results/peers-reformer.csv ]; then python3 scripts/compare/compare.py --plots-only --name peers-reformer; fi

# make report         results/REPORT.md: each paper claim next to the evidence (CSVs only)
report: build
	$(REPRO) report

env: build
	$(REPRO) env

bench: build
	$(REPRO) bench

# make bench-compare REF=last|COMMIT   bench, then each figure beside that run of
#                     results/bench-history.csv; fails on a slowdown beyond the noise
REF ?= last
bench-compare: build
	$(REPRO) bench --compare $(REF)

# make compare        the project next to PyTorch SDPA, performer-pytorch and the JAX reference
#                     path (B=1 H=8 d=64 m=256, L = 1024..16384, alternating rounds): installs the
#                     peers into .venv-peers/ (PyPI, about 1.5 GB), writes results/peers.csv, the
#                     plots/peers-*.png and the REPORT.md section. Never part of `make test`.
#                     ROUNDS=4 LENGTHS=1024,4096,16384 by default; the materialising `exact`
#                     only up to L = 4096 (EXACT_MAX_L; exact-flash is timed at every L).
ROUNDS  ?= 4
LENGTHS ?= 1024,4096,16384
EXACT_MAX_L ?= 4096
compare: build
	bash scripts/compare/setup-venv.sh .venv-peers
	python3 scripts/compare/compare.py --rounds $(ROUNDS) --lengths $(LENGTHS) --materialising-max-length $(EXACT_MAX_L) --repro $(REPRO)
	python3 scripts/compare/peers_model.py --rounds $(ROUNDS) --repro $(REPRO)
	$(REPRO) report

# make compare-model  only the whole-training-step comparison (scripts/compare/peers_model.py):
#                     the project's Transformer against the same model in PyTorch at the shapes
#                     of the committed training specs, exact (SDPA) and FAVOR+ (performer-pytorch);
#                     results/peers-model.csv and its REPORT.md table. ROUNDS as above.
compare-model: build
	bash scripts/compare/setup-venv.sh .venv-peers
	python3 scripts/compare/peers_model.py --rounds $(ROUNDS) --repro $(REPRO)
	$(REPRO) report

clean:
	rm -rf .build
