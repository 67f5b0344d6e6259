#!/usr/bin/env bash
# The commit of the code a run measures, for REPRO_COMMIT: HEAD, with "-dirty" only when the
# code (Sources, Package.swift, experiments, Makefile, scripts) has uncommitted changes. A run's
# own outputs (results/, plots/) are tracked files too, so without this the second spec of a
# `make reproduce` would already be recorded as run from "-dirty" code. Prints nothing outside
# a git checkout (repro then asks git itself, or says "unknown").
head=$(git rev-parse --short=12 HEAD 2>/dev/null) || exit 0
if git diff --quiet HEAD -- Sources Package.swift experiments Makefile scripts 2>/dev/null; then
  echo "$head"
else
  echo "$head-dirty"
fi
