#!/usr/bin/env bash
# The app against Hugo at Hugo's own jobs, side by side in one run, on the 1,000-article benchmark site.
#
#   tests/load/hugo.sh            (from any folder; about 10 minutes, plus run.sh's 7 when LOAD=1)
#
# 1. publishes the app as tests/load/run.sh does (Release, ReadyToRun) and generates the same site; Hugo
#    (Debian's `hugo`; apt-get install hugo) reads the same content folder with the minimal layout of our own in
#    tests/load/hugo/, copied to the scratch folder so Hugo writes nothing into the repository;
# 2. start-up: process start to the first 200 on the typical article, the app (Production) and `hugo server`,
#    alternating, START_RUNS each, medians; the app from its parse cache (as every start after its first) and
#    with the cache off (every file parsed, as Hugo does);
# 3. save → visible: right after each server starts, rewrites the article with a new word and polls (curl, every
#    10 ms) until the page shows it — "the first edit after start" — then EDITS more edits, SETTLE seconds
#    apart, medians; for the app also the time after that until its search finds the new word;
# 4. CPU seconds (user + system, whole process, GNU time) of the app's `check` (from the parse cache, and with
#    it off) and of a `hugo` build of the same files, CHECK_RUNS each, alternating, medians;
# 5. with LOAD=1 (the default), runs tests/load/run.sh for the rest of the table: throughput and p99 against
#    nginx, and the app's memory after the load.
#
# Every server binds 127.0.0.1 on a free port and is stopped by PID when the script ends, however it ends.
# A manual benchmark: neither `dotnet test` nor .ci/run runs it. Results: README.md, "Performance".
#
# Settings (environment): START_RUNS=3 EDITS=10 SETTLE=0.5 CHECK_RUNS=3 LOAD=1
set -euo pipefail

START_RUNS=${START_RUNS:-3}
EDITS=${EDITS:-10}
SETTLE=${SETTLE:-0.5}
CHECK_RUNS=${CHECK_RUNS:-3}
LOAD=${LOAD:-1}

repo=$(cd "$(dirname "$0")/../.." && pwd)
source "$repo/tests/load/lib.sh"
for tool in dotnet curl hugo /usr/bin/time; do
  command -v "$tool" >/dev/null 2>&1 || { echo "missing: $tool (Hugo: apt-get install hugo; GNU time: apt-get install time)" >&2; exit 2; }
done

work=$(mktemp -d /tmp/ppi-hugo.XXXXXX)
app_pid=""
hugo_pid=""
cleanup() {
  stop "$app_pid"
  stop "$hugo_pid"
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

build_and_generate
cp -r "$repo/tests/load/hugo" "$work/hugo-site"
article_file="$work/content${article}.md"
original=$(cat "$article_file")
hugo_article="${article}/"  # Hugo's pretty URLs end in a slash
hugo_args=(--source "$work/hugo-site" --contentDir "$work/content" --cacheDir "$work/hugo-cache" --noBuildLock --quiet)

# Starts `hugo server` on a free port; sets hugo_base, hugo_pid and startup_ms as start_app does.
start_hugo() {
  local started port
  port=$(free_port)
  hugo_base="http://127.0.0.1:$port"
  started=$(now_ms)
  hugo server "${hugo_args[@]}" --bind 127.0.0.1 --port "$port" --baseURL "$hugo_base/" --appendPort=false \
    --disableLiveReload >>"$work/hugo.log" 2>&1 &
  hugo_pid=$!
  await_first_200 "$hugo_base$hugo_article" "$hugo_pid" "$work/hugo.log" "$started"
}

# A word no article has, made of letters only so search reads it as one word.
edit_word() { echo "zqedit$(printf '%04d' "$1" | tr 0-9 a-j)$(tr -dc a-z </dev/urandom | head -c 4)"; }

# Polls the URL until its body contains the text; prints the milliseconds since the given start. 10 s at most.
wait_for() {
  local url=$1 text=$2 since=$3
  for _ in $(seq 1000); do
    if curl -s --max-time 2 "$url" | grep -q "$text"; then echo $(( $(now_ms) - since )); return 0; fi
    sleep 0.01
  done
  echo "never saw '$text' at $url" >&2; return 1
}

# Rewrites the article with a new word and prints "ms-to-page [ms-more-to-search]" for the server at the base.
edit_once() {
  local base=$1 page=$2 n=$3 word started visible found
  word=$(edit_word "$n")
  started=$(now_ms)
  printf '%s\n\nEdited for the benchmark: %s.\n' "$original" "$word" >"$article_file"
  visible=$(wait_for "$base$page" "$word" "$started")
  if [ "$base" = "${app_base:-}" ]; then
    found=$(wait_for "$base/search?q=$word" "href=\"$article" "$(( started + visible ))")
    echo "$visible $found"
  else
    echo "$visible"
  fi
}

# One server's edits: the first right after start, then EDITS more; appends to $work/<name>.first and .edits.
measure_edits() {
  local name=$1 base=$2 page=$3
  edit_once "$base" "$page" 0 >>"$work/$name.first"
  for n in $(seq "$EDITS"); do
    sleep "$SETTLE"
    edit_once "$base" "$page" "$n" >>"$work/$name.edits"
  done
  printf '%s\n' "$original" >"$article_file"
  sleep "$SETTLE"
}

echo "== start-up and save → visible: $article ($articles articles), $START_RUNS starts each, $EDITS edits per start"
for run in $(seq "$START_RUNS"); do
  start_app --Site:SearchRequestsPerMinute=1000000
  app_base=$base
  echo "$startup_ms" >>"$work/app.start"
  measure_edits app "$app_base" "$article"
  stop "$app_pid"; app_pid=""
  start_app --Site:CacheDirectory=off
  echo "$startup_ms" >>"$work/cold.start"
  stop "$app_pid"; app_pid=""
  start_hugo
  echo "$startup_ms" >>"$work/hugo.start"
  measure_edits hugo "$hugo_base" "$hugo_article"
  stop "$hugo_pid"; hugo_pid=""
  echo "   run $run: start app $(tail -n1 "$work/app.start") ms (cache off: $(tail -n1 "$work/cold.start")), hugo $(tail -n1 "$work/hugo.start") ms;" \
    "first edit app $(tail -n1 "$work/app.first" | cut -d' ' -f1) ms, hugo $(tail -n1 "$work/hugo.first") ms"
done

# CPU seconds (user + system) of one command, from GNU time.
cpu_seconds() {
  /usr/bin/time -f '%U %S' -o "$work/time.out" "$@" >>"$work/cpu.log" 2>&1 || true
  awk '{ printf "%.2f\n", $1 + $2 }' "$work/time.out"
}

echo "== CPU: app check vs hugo build of the same files, $CHECK_RUNS runs each"
for run in $(seq "$CHECK_RUNS"); do
  (cd "$work/app" && cpu_seconds "${app_command[@]}" check --content "$work/content" --cache "$work/cache") >>"$work/app.cpu"
  (cd "$work/app" && cpu_seconds "${app_command[@]}" check --content "$work/content" --cache off) >>"$work/cold.cpu"
  cpu_seconds hugo "${hugo_args[@]}" --destination "$work/hugo-public" >>"$work/hugo.cpu"
  echo "   run $run: check $(tail -n1 "$work/app.cpu") s (cache off: $(tail -n1 "$work/cold.cpu") s), hugo build $(tail -n1 "$work/hugo.cpu") s"
done

row() { printf '   %-44s %10s %10s %8s   %s\n' "$@"; }

echo
echo "== results: $articles articles; $(nproc) cores; ASP.NET Core $(dotnet --list-runtimes | awk '/AspNetCore/ { v = $2 } END { print v }'), $(hugo version | cut -d' ' -f1-2)"
row "" app hugo app/hugo target
s_app=$(column_median app.start 1); s_hugo=$(column_median hugo.start 1)
row "start to the first article page, ms" "$s_app" "$s_hugo" "$(ratio "$s_app" "$s_hugo")" "<= 1 (<= hugo server)"
s_cold=$(column_median cold.start 1)
row "  the same with the parse cache off, ms" "$s_cold" "$s_hugo" "$(ratio "$s_cold" "$s_hugo")" ""
f_app=$(column_median app.first 1); f_hugo=$(column_median hugo.first 1)
row "first edit after start → visible, ms" "$f_app" "$f_hugo" "$(ratio "$f_app" "$f_hugo")" "app <= 300 ms"
e_app=$(column_median app.edits 1); e_hugo=$(column_median hugo.edits 1)
row "save → visible, median ms" "$e_app" "$e_hugo" "$(ratio "$e_app" "$e_hugo")" "app <= 150 ms"
row "  then search finds it, median ms more" "$(column_median app.edits 2)" "-" "" "app <= 100 ms"
c_app=$(column_median app.cpu 1 %.2f); c_hugo=$(column_median hugo.cpu 1 %.2f)
row "check / build, CPU seconds" "$c_app" "$c_hugo" "$(ratio "$c_app" "$c_hugo")" "<= 1"
c_cold=$(column_median cold.cpu 1 %.2f)
row "  check with the parse cache off" "$c_cold" "$c_hugo" "$(ratio "$c_cold" "$c_hugo")" ""
echo "   all edits (ms to page, then to search): app $(cut -d' ' -f1 "$work/app.edits" | paste -sd' '); hugo $(paste -sd' ' "$work/hugo.edits")"

if [ "$LOAD" = 1 ]; then
  echo
  echo "== throughput, p99 and memory against nginx: tests/load/run.sh"
  "$repo/tests/load/run.sh"
fi
