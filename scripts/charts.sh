#!/usr/bin/env bash
# Regenerates every checked-in picture of docs/img from a configured, built
# build directory, in one command:
#
#   scripts/charts.sh                  # ROUNDS=3 BUILD=build
#   ROUNDS=1 BUILD=build-rel OUT=/tmp/img scripts/charts.sh
#
# The build needs the benchmarks with LibTorch and the examples:
#   cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCOTANGENT_BENCH_TORCH=ON \
#     -DCOTANGENT_BUILD_EXAMPLES=ON -DCOTANGENT_BUILD_BENCH=ON && cmake --build build
# (this script builds nothing). It writes
#   docs/img/bench.png             bench/side_by_side.py --compiled --threads 1 --rounds $ROUNDS
#                                  and bench/small_functions (1 thread), by bench/charts.py;
#                                  takes minutes (about 3 per round, plus REPS repetitions)
#   docs/img/rosenbrock_newton.png build/examples/rosenbrock --path, by scripts/plot_rosenbrock.py
#   docs/img/seed_graph.png        build/examples/seed_graph | dot -Tpng
# each stamped "commit <sha>[+dirty] · <CPU>, <N> CPUs[, threads] · <date>"
# (scripts/plot_stamp.py). The raw numbers go to $DATA (default $BUILD/charts:
# sbs.json, small.txt, rosenbrock_path.csv), not into docs.
#
# Knobs (environment):
#   BUILD      build directory (build)
#   ROUNDS     side_by_side.py rounds (3)
#   REPS       small_functions repetitions (31)
#   OUT        where the pictures go (docs/img)
#   DATA       where the raw numbers go ($BUILD/charts)
#   STAMP      replaces the stamp line on all three pictures
#   BLAS_CORE  passed on as side_by_side.py --blas-core (e.g. SkylakeX)
#   ONLY       bench, rosenbrock or seed: just that picture
# Needs /usr/bin/python3 with matplotlib (apt-get install python3-matplotlib) and
# graphviz's dot (apt-get install graphviz).
set -euo pipefail
# Paths given relative to where the script is started from, before it moves
# to the repository's root.
absolute() { case $1 in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
[[ -n ${BUILD:-} ]] && BUILD=$(absolute "$BUILD")
[[ -n ${OUT:-} ]] && OUT=$(absolute "$OUT")
[[ -n ${DATA:-} ]] && DATA=$(absolute "$DATA")
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
ROUNDS=${ROUNDS:-3}
REPS=${REPS:-31}
OUT=${OUT:-docs/img}
DATA=${DATA:-$BUILD/charts}
ONLY=${ONLY:-}
case $ONLY in
  "" | bench | rosenbrock | seed) ;;
  *) echo "charts.sh: ONLY is bench, rosenbrock or seed (got '$ONLY')" >&2; exit 2 ;;
esac
PY=/usr/bin/python3

missing=()
"$PY" -c 'import matplotlib, numpy' 2>/dev/null || missing+=(python3-matplotlib python3-numpy)
command -v dot >/dev/null || missing+=(graphviz)
if ((${#missing[@]})); then
  echo "charts.sh: missing prerequisites; install them with:" >&2
  echo "  sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
want() { [[ -z $ONLY || $ONLY == "$1" ]]; }
need() {
  for f in "$@"; do
    [[ -x $BUILD/$f ]] && continue
    echo "charts.sh: $BUILD/$f missing; configure and build $BUILD with" >&2
    echo "  -DCOTANGENT_BENCH_TORCH=ON -DCOTANGENT_BUILD_EXAMPLES=ON -DCOTANGENT_BUILD_BENCH=ON" >&2
    exit 1
  done
}
want bench && need bench/cotangent_bench bench/torch_bench bench/small_functions
want rosenbrock && need examples/rosenbrock
want seed && need examples/seed_graph
mkdir -p "$OUT" "$DATA"
stamp_args=()
[[ -n ${STAMP:-} ]] && stamp_args=(--stamp "$STAMP")

if want bench; then
  echo "== bench/side_by_side.py --compiled --threads 1 --rounds $ROUNDS (minutes)"
  "$PY" bench/side_by_side.py --build "$BUILD" --compiled --threads 1 --rounds "$ROUNDS" \
    ${BLAS_CORE:+--blas-core "$BLAS_CORE"} --json "$DATA/sbs.json"
  echo "== bench/small_functions $REPS (1 thread)"
  OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 BENCH_THREADS=1 "$BUILD/bench/small_functions" "$REPS" \
    | tee "$DATA/small.txt"
  "$PY" bench/charts.py --side-by-side "$DATA/sbs.json" --small "$DATA/small.txt" \
    --threads 1 --out "$OUT/bench.png" "${stamp_args[@]}"
fi

if want rosenbrock; then
  echo "== examples/rosenbrock --path"
  "$BUILD/examples/rosenbrock" --path "$DATA/rosenbrock_path.csv" >/dev/null
  "$PY" scripts/plot_rosenbrock.py "$DATA/rosenbrock_path.csv" "$OUT/rosenbrock_newton.png" \
    "${stamp_args[@]}"
fi

if want seed; then
  echo "== examples/seed_graph | dot -Tpng"
  label=${STAMP:-$("$PY" scripts/plot_stamp.py)}
  "$BUILD/examples/seed_graph" | dot -Tpng -Gdpi=110 -Gbgcolor=white -Glabel="$label" \
    -Glabelloc=b -Glabeljust=l -Gfontname=Helvetica -Gfontsize=9 -Gfontcolor=gray40 \
    -o "$OUT/seed_graph.png"
  echo "wrote $OUT/seed_graph.png"
fi
