#!/usr/bin/env bash
# Haven's `dedupe` against the Duke 1.2 engine on the same seeded data, side by side.
#
#   bench/dedupe.sh                       # 10k, 100k and 1M records, all three modes
#   SIZES="10000 100000" bench/dedupe.sh  # fewer sizes
#   MODES=blind bench/dedupe.sh           # data from bench/blind/generate.py, written apart from the
#                                         # engine and its generator (python3, no packages)
#   MODES=blind2 bench/dedupe.sh          # bench/blind2/generate.py: a second such generator, by
#                                         # another hand, with harder habits (aliases, false identities)
#   DUKE_TIMEOUT=1200 (s, per run)  DUKE_MAX_SIZE=1000000 (larger sizes skip Duke)  SEED=42
#
# Prints a markdown table: pairwise precision, recall, F1 and wall time for both engines.
# Generated data lives in bench/out/ (git-ignored) and is deleted after each size.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"10000 100000 1000000"}
MODES=${MODES:-"multicultural febrl registers"}
SEED=${SEED:-42}
DUKE_TIMEOUT=${DUKE_TIMEOUT:-1200}
DUKE_MAX_SIZE=${DUKE_MAX_SIZE:-1000000}
OUT=bench/out/dedupe
mkdir -p "$OUT"

[ -f target/haven.jar ] || ./mvnw -q -B package -DskipTests
if [ ! -f bench/dedupe/target/cp.txt ]; then
  (cd bench/dedupe && ../../mvnw -q -B package -DskipTests \
    && ../../mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/cp.txt)
fi
DUKE_CP="bench/dedupe/target/classes:$(cat bench/dedupe/target/cp.txt)"
HAVEN="java -Xmx4g -jar target/haven.jar"

now() { date +%s.%N; }
metrics() { # truth links [clusters] -> "precision recall f1 [cluster-precision cluster-recall cluster-f1]"
  $HAVEN evaluate --truth "$1" --links "$2" ${3:+--clusters "$3"} \
    | sed -E 's/.*precision=([0-9.]+) recall=([0-9.]+) f1=([0-9.]+).*/\1 \2 \3/' | tr '\n' ' '
}

echo "| mode | records | engine | precision | recall | F1 | cluster precision | cluster recall | cluster F1 | wall time |"
echo "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|"
for mode in $MODES; do
  for n in $SIZES; do
    p="$OUT/persons-$mode-$n.csv"; t="$OUT/truth-$mode-$n.csv"
    if [ "$mode" = blind ] || [ "$mode" = blind2 ]; then
      python3 "bench/$mode/generate.py" --count "$n" --seed "$SEED" --output "$p" --truth "$t"
    else
      $HAVEN generate-persons --count "$n" --seed "$SEED" --mode "$mode" --output "$p" --truth "$t" 2>/dev/null
    fi

    s=$(now)
    $HAVEN dedupe --input "$p" --output "$OUT/haven-links.csv" --clusters "$OUT/haven-clusters.csv" \
      2>"$OUT/haven-$mode-$n.log"
    e=$(now)
    read -r hp hr hf cp cr cf <<<"$(metrics "$t" "$OUT/haven-links.csv" "$OUT/haven-clusters.csv")"
    printf '| %s | %s | Haven dedupe | %s | %s | %s | %s | %s | %s | %.1f s |\n' \
      "$mode" "$n" "$hp" "$hr" "$hf" "$cp" "$cr" "$cf" "$(awk "BEGIN{print $e - $s}")"

    if [ "$n" -le "$DUKE_MAX_SIZE" ]; then
      sed "s#INPUT#$PWD/$p#" bench/dedupe/duke-template.xml >"$OUT/duke.xml"
      s=$(now)
      if timeout "$DUKE_TIMEOUT" java -Xmx4g -cp "$DUKE_CP" bench.DukeRunner "$OUT/duke.xml" "$OUT/duke-links.csv" \
        >"$OUT/duke-$mode-$n.log" 2>&1; then
        e=$(now)
        read -r dp dr df <<<"$(metrics "$t" "$OUT/duke-links.csv")"
        printf '| %s | %s | Duke 1.2 | %s | %s | %s | – | – | – | %.1f s |\n' "$mode" "$n" "$dp" "$dr" "$df" "$(awk "BEGIN{print $e - $s}")"
      else
        printf '| %s | %s | Duke 1.2 | – | – | – | – | – | – | did not finish in %d min |\n' "$mode" "$n" "$((DUKE_TIMEOUT / 60))"
      fi
    else
      printf '| %s | %s | Duke 1.2 | – | – | – | – | – | – | not run (DUKE_MAX_SIZE=%s) |\n' "$mode" "$n" "$DUKE_MAX_SIZE"
    fi
    rm -f "$p" "$t" "$OUT/haven-links.csv" "$OUT/haven-clusters.csv" "$OUT/duke-links.csv"
  done
done
