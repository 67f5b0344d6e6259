# The two commands a new user needs:
#   make reproduce   install what is missing, build, run every experiment, render every plot
#   make test        install what is missing, build, run the tests
SWIFT      ?= swift
CONFIG     ?= release
REPRO      := .build/$(CONFIG)/repro
TEST_FLAGS := -c $(CONFIG) -Xswiftc -enable-testing --disable-swift-testing

.PHONY: all deps build test reproduce run plots env bench clean

all: build

deps:
	@bash scripts/install-deps.sh

build: deps
	$(SWIFT) build -c $(CONFIG) --product repro

test: deps
	$(SWIFT) build -c $(CONFIG) --build-tests -Xswiftc -enable-testing
	$(SWIFT) test $(TEST_FLAGS)

reproduce: build
	@mkdir -p results plots
	$(REPRO) env | tee results/env.txt
	$(REPRO) bench | tee results/bench.txt

env: build
	$(REPRO) env

bench: build
	$(REPRO) bench

clean:
	rm -rf .build
