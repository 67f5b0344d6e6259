#!/usr/bin/env bash
# Creates the peers' virtual environment for `make compare` (never used by `make test` or CI).
#
#   scripts/compare/setup-venv.sh [VENV]     default VENV: .venv-peers (git-ignored)
#
# Installs PyTorch (CPU), performer-pytorch, reformer-pytorch and JAX (CPU) from PyPI with pip's own configuration.
# PyTorch on PyPI for Linux x86-64 declares the CUDA runtime wheels as dependencies (several GB).
# This script avoids them, in this order:
#   1. a CPU-only PyTorch wheel ("+cpu" local version) in one of pip's configured find-links
#      directories (`pip config list`), installed with its ordinary dependencies;
#   2. otherwise the PyPI wheel with --no-deps plus its pure-Python dependencies, if `import torch`
#      then works on this CPU-only machine (checked below; PyTorch 2.15 loads its CUDA libraries
#      at import, so it does not);
#   3. otherwise the ordinary install with every CUDA dependency (several GB).
# PEERS_TORCH=pypi skips step 1 (to test step 2 on a machine that has a local CPU wheel).
# Re-running is cheap: a venv whose stamp file matches this script's requirements is kept.
set -euo pipefail
VENV="${1:-.venv-peers}"
PY="${PYTHON:-python3}"
REQ_TORCH_DEPS="filelock typing-extensions>=4.10.0 setuptools sympy networkx jinja2 fsspec"
PEERS="performer-pytorch==1.1.4 reformer-pytorch==1.4.4 jax[cpu]"
STAMP="$VENV/.peers-stamp"
WANT="torch-deps: $REQ_TORCH_DEPS | peers: $PEERS"

if [ -x "$VENV/bin/python" ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$WANT" ] \
   && "$VENV/bin/python" -c 'import torch, performer_pytorch, reformer_pytorch, jax' 2>/dev/null; then
  echo "peers venv $VENV is ready"; exit 0
fi

"$PY" -m venv "$VENV"
PIP=("$VENV/bin/python" -m pip install --quiet)

# 1. A CPU-only wheel in pip's find-links directories, newest first.
cpu_wheel=""
[ "${PEERS_TORCH:-auto}" = pypi ] || for dir in $("$VENV/bin/python" -m pip config list 2>/dev/null \
             | sed -n "s/^.*find-links='\(.*\)'$/\1/p" | tr ' ' '\n'); do
  [ -d "$dir" ] || continue
  w=$(ls -1 "$dir"/torch-*+cpu-*.whl 2>/dev/null | sort -V | tail -1 || true)
  [ -n "$w" ] && cpu_wheel="$w"
done
if [ -n "$cpu_wheel" ]; then
  echo "installing PyTorch from the CPU-only wheel $(basename "$cpu_wheel")"
  "${PIP[@]}" "$cpu_wheel"
else
  echo "installing PyTorch from PyPI without its CUDA dependencies (--no-deps)"
  "${PIP[@]}" --no-deps torch
  "${PIP[@]}" $REQ_TORCH_DEPS
  if ! "$VENV/bin/python" -c 'import torch; torch.ones(2) @ torch.ones(2)' 2>/dev/null; then
    echo "torch does not import without its CUDA libraries: installing them (several GB)"
    "${PIP[@]}" torch
  fi
fi
# The peers, with torch already satisfied so pip keeps the CPU build.
"${PIP[@]}" $PEERS
"$VENV/bin/python" -c 'import torch, performer_pytorch, reformer_pytorch, jax; print("torch", torch.__version__, "| jax", jax.__version__, "| devices", jax.devices())'
echo "$WANT" > "$STAMP"
du -sh "$VENV" | awk '{print "peers venv size: " $1}'
