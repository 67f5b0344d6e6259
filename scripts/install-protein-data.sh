#!/usr/bin/env bash
# Installs the protein data the protein specs read (used by `make reproduce`, never by
# `make test`): Debian's metastudent-data (UniProt sequences with GO terms as BLAST protein
# databases, about 225 MB) and ncbi-data (the BLOSUM62 substitution matrix). On Debian as
# root it uses apt-get; elsewhere it says what to install and fails.
set -euo pipefail

need=()
[ -f /usr/share/metastudent-data/dataset_201401/MFO/goasp.fasta.pin ] || need+=(metastudent-data)
[ -f /usr/share/ncbi/data/BLOSUM62 ] || need+=(ncbi-data)
[ ${#need[@]} -eq 0 ] && exit 0

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
  echo "installing the protein data: ${need[*]} (metastudent-data is about 225 MB)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  if ! apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; then
    echo "error: apt-get could not install ${need[*]}; the protein specs need /usr/share/metastudent-data/dataset_201401/{BPO,CCO,MFO}/goasp.fasta.{pin,psq,phr} and /usr/share/ncbi/data/BLOSUM62" >&2
    exit 1
  fi
else
  echo "error: missing ${need[*]} (the protein specs' data)." >&2
  echo "On Debian/Ubuntu run as root: apt-get install ${need[*]}" >&2
  echo "Elsewhere: the protein specs read /usr/share/metastudent-data/dataset_201401/{BPO,CCO,MFO}/goasp.fasta.{pin,psq,phr} (BLAST version 4) and /usr/share/ncbi/data/BLOSUM62." >&2
  exit 1
fi
