#!/bin/bash
# make test-cluster: a single-node SLURM cluster on this machine (localhost, 2 CPUs,
# proctrack/linuxproc, task/none, no accounting daemon), two specs' quick profiles submitted
# with `repro submit --slurm` as job arrays, and their merged CSVs compared with a
# single-process run in every non-timing column. Installs Debian's slurmctld, slurmd and
# munge when missing (needs root); stops only the daemons it started.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
REPRO=${REPRO:-$ROOT/.build/release/repro}
SPECS=${SPECS:-"kernel-mse approximation-vs-length"}
SHARDS=${SHARDS:-3}
WORK=$(mktemp -d /tmp/repro-cluster.XXXXXX)
CONF=$WORK/slurm
STARTED=()

say() { echo "test-cluster: $*"; }
fail() { echo "test-cluster: FAILED: $*" >&2; exit 1; }

cleanup() {
    for pid in "${STARTED[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
    sleep 1
    for pid in "${STARTED[@]:-}"; do [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

[ -x "$REPRO" ] || fail "no $REPRO (run swift build -c release first)"

if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null || ! command -v sbatch >/dev/null; then
    [ "$(id -u)" = 0 ] || fail "slurmctld, slurmd, munge missing and not root: install them (apt-get install slurmctld slurmd munge slurm-client)"
    say "installing slurmctld slurmd munge slurm-client"
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends slurmctld slurmd munge slurm-client >/dev/null
fi

# munge: the key the package made; a private socket so a system munged is left alone.
chmod 755 "$WORK"
MUNGE_SOCKET=$WORK/munge/munge.socket
[ -s /etc/munge/munge.key ] || fail "/etc/munge/munge.key missing (reinstall munge, or run mungekey)"
mkdir -p "$WORK/munge"; chown munge:munge "$WORK/munge"; chmod 755 "$WORK/munge"
runuser -u munge -- /usr/sbin/munged --socket="$MUNGE_SOCKET" --pid-file="$WORK/munge/munged.pid" \
    --log-file="$WORK/munge/munged.log" --seed-file="$WORK/munge/seed" --foreground >"$WORK/munge/stderr.log" 2>&1 &
STARTED+=($!)
for _ in $(seq 50); do [ -S "$MUNGE_SOCKET" ] && break; sleep 0.1; done
[ -S "$MUNGE_SOCKET" ] || fail "munged did not start ($(cat "$WORK/munge/munged.log" 2>/dev/null))"

HOST=$(hostname -s)
mkdir -p "$CONF/state" "$CONF/spool"
cat > "$CONF/slurm.conf" <<CONF
ClusterName=repro-test
SlurmctldHost=$HOST(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$MUNGE_SOCKET
CredType=cred/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SwitchType=switch/none
MpiDefault=none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
ReturnToService=2
StateSaveLocation=$CONF/state
SlurmdSpoolDir=$CONF/spool
SlurmctldPidFile=$CONF/slurmctld.pid
SlurmdPidFile=$CONF/slurmd.pid
SlurmctldLogFile=$CONF/slurmctld.log
SlurmdLogFile=$CONF/slurmd.log
SlurmctldPort=16817
SlurmdPort=16818
NodeName=$HOST NodeAddr=127.0.0.1 CPUs=2 State=UNKNOWN
PartitionName=debug Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$CONF/slurm.conf
/usr/sbin/slurmctld -D -i -f "$SLURM_CONF" >"$CONF/slurmctld.out" 2>&1 &
STARTED+=($!)
/usr/sbin/slurmd -D -f "$SLURM_CONF" >"$CONF/slurmd.out" 2>&1 &
STARTED+=($!)
for _ in $(seq 60); do sinfo -h -o %T 2>/dev/null | grep -qE '^(idle|mixed|allocated)' && break; sleep 1; done
sinfo -h -o "%P %D %T %C" || true
sinfo -h -o %T | grep -qE '^(idle|mixed|allocated)' || fail "the node did not come up: $(tail -5 "$CONF/slurmctld.log" "$CONF/slurmd.log" 2>/dev/null)"
say "cluster up on $HOST (2 CPUs); config $SLURM_CONF"

# The jobs run in a copy of the experiments folder, writing into WORK/cluster.
cp -r experiments "$WORK/experiments"
cd "$WORK"
# shellcheck disable=SC2086
"$REPRO" submit $SPECS --slurm --quick --shards "$SHARDS" --out cluster --experiments experiments | tee submit.txt
FINISH=$(sed -n 's/^finish: job \([0-9]*\).*/\1/p' submit.txt)
[ -n "$FINISH" ] || fail "no finishing job submitted"
for _ in $(seq 900); do
    state=$(scontrol show job "$FINISH" 2>/dev/null | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p')
    case "$state" in COMPLETED) break;; FAILED|CANCELLED|TIMEOUT|NODE_FAIL|OUT_OF_MEMORY) fail "finishing job $FINISH $state: $(cat cluster/slurm/finish-*.log 2>/dev/null)";; esac
    sleep 1
done
[ "$state" = COMPLETED ] || fail "finishing job $FINISH still $state after 15 min"
say "finishing job $FINISH COMPLETED"
grep -v "^plot:" cluster/slurm/finish-*.log | tail -n 12 | sed 's/^/  finish: /'

# The single-process reference (one BLAS thread, as each array task has one CPU), then the comparison.
for s in $SPECS; do OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 "$REPRO" run "$s" --quick --no-plot --out single --experiments experiments >/dev/null 2>&1 || fail "single-process run of $s failed"; done
python3 "$ROOT/scripts/cluster/compare_csv.py" $(for s in $SPECS; do echo "cluster/results/$s.csv single/results/$s.csv"; done)
say "OK: $SPECS merged from $SHARDS-task arrays equal single-process runs in every non-timing column"
