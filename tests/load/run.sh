#!/usr/bin/env bash
# Load test: the app, built in Release, against nginx serving the static export of the same content.
#
#   tests/load/run.sh            (from any folder; takes about 7 minutes)
#
# 1. publishes the web app in Release for this platform (ReadyToRun, as README says to deploy it) and
#    generates the 1,000-article benchmark site (tests/PainPumpInfo.Benchmarks --generate: the same site
#    the BenchmarkDotNet benchmarks use);
# 2. start-up: starts the app START_RUNS times (Production, from its own folder as a service would run it)
#    and reports the time from process start to the
#    first 200 on an article (curl polls every 10 ms), the median of the runs;
# 3. exports the same content with the app's own `export` command and serves it with deploy/nginx.conf
#    (worker_processes auto, access log off: the app does not log requests either);
# 4. starts tests/load/kestrel-alone, Kestrel with the app's runtime settings and no middleware, answering
#    every request with the app's page and headers from memory: the most any ASP.NET Core app could do here;
# 5. runs `wrk -t2 -c64 --latency` against the SAME article on each server, alternating app, nginx, Kestrel
#    alone, app… for ROUNDS rounds after a warm-up, and prints requests/s, p50, p99 and the server's CPU time per
#    request (its processes' user + system time while wrk ran, over the requests answered; for nginx its workers)
#    for each round, the medians, the ratios to nginx, and the app's resident memory (VmRSS, and the peak VmHWM)
#    after the load.
#    wrk's percentiles are corrected for coordinated omission (README, "Performance", says what that means here).
#
# Needs the .NET 10 SDK, curl, wrk, pgrep and /usr/sbin/nginx. All three servers bind 127.0.0.1 on free ports, and
# all are stopped (by PID) when the script ends, however it ends. wrk sends no Accept-Encoding, so all serve
# the page uncompressed, unless ACCEPT_ENCODING is set (e.g. gzip, as every browser asks): then wrk sends it, and
# Kestrel alone answers with the app's compressed page. wrk runs on the same machine as the servers and takes
# its share of the CPU.
# A manual benchmark: neither `dotnet test` nor .ci/run runs it. Results and targets: README.md, "Performance".
#
# Settings (environment): ROUNDS=5 DURATION=10s WARMUP=5s CONNECTIONS=64 THREADS=2 START_RUNS=3 ACCEPT_ENCODING=;
# APP_ENV and KESTREL_ENV add environment variables to the app and to Kestrel alone, to try a runtime setting on one
# of them, e.g. KESTREL_ENV=DOTNET_SYSTEM_NET_SOCKETS_THREAD_COUNT=4 (README, "Performance").
set -euo pipefail

ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-5s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
START_RUNS=${START_RUNS:-3}
# What every request asks for, curl's and wrk's alike; none by default.
encoding_header=()
[ -n "${ACCEPT_ENCODING:-}" ] && encoding_header=(-H "Accept-Encoding: $ACCEPT_ENCODING")
NGINX=/usr/sbin/nginx

repo=$(cd "$(dirname "$0")/../.." && pwd)
source "$repo/tests/load/lib.sh"
for tool in dotnet curl wrk pgrep "$NGINX"; do
  command -v "$tool" >/dev/null 2>&1 || { echo "missing: $tool" >&2; exit 2; }
done

work=$(mktemp -d /tmp/ppi-load.XXXXXX)
chmod 755 "$work"  # nginx's workers run as nobody and must read the export
app_pid=""
nginx_pid=""
kestrel_pid=""

cleanup() {
  stop "$app_pid"
  stop "$nginx_pid"
  stop "$kestrel_pid"
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM


build_and_generate
dotnet publish "$repo/tests/load/kestrel-alone" -c Release -r "$rid" -o "$work/kestrel-alone" --nologo -v quiet >"$work/publish-kestrel.log" 2>&1 \
  || { cat "$work/publish-kestrel.log"; exit 1; }

echo "== start-up: process start to the first 200 on $article ($articles articles), $START_RUNS runs"
startups=()
for run in $(seq "$START_RUNS"); do
  start_app
  startups+=("$startup_ms")
  echo "   run $run: $startup_ms ms"
  if [ "$run" -lt "$START_RUNS" ]; then stop "$app_pid"; app_pid=""; fi
done
startup_median=$(printf '%s\n' "${startups[@]}" | median)

echo "== exporting the same content and starting nginx"
(cd "$work/app" && "${app_command[@]}" export "$work/export" --content "$work/content" --base-url "$base") >"$work/export.log" 2>&1 \
  || { cat "$work/export.log"; exit 1; }
tail -n 1 "$work/export.log" | sed 's/^/   /'

nginx_port=$(free_port)
mkdir -p "$work/nginx"
server=$(sed -e "s|listen 80;|listen 127.0.0.1:$nginx_port;|" \
             -e "s|/srv/painpumpinfo|$work/export|g" \
             -e "s|/etc/nginx/painpumpinfo-headers.conf|$repo/deploy/painpumpinfo-headers.conf|" \
             "$repo/deploy/nginx.conf")
# The wrapper a production nginx.conf would have (Debian's defaults), minus the access log.
cat >"$work/nginx/nginx.conf" <<CONF
daemon off;
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    $server
}
CONF
"$NGINX" -c "$work/nginx/nginx.conf" -p "$work/nginx" 2>>"$work/nginx/error.log" &
nginx_pid=$!
app_url="$base$article"
nginx_url="http://127.0.0.1:$nginx_port$article"
for _ in $(seq 100); do  # at most 5 s
  (exec 3<>"/dev/tcp/127.0.0.1/$nginx_port") 2>/dev/null && break
  kill -0 "$nginx_pid" 2>/dev/null || { echo "nginx stopped:" >&2; cat "$work/nginx/error.log" >&2; exit 1; }
  sleep 0.05
done
for url in "$app_url" "$nginx_url"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true)
  [ "$code" = 200 ] || { echo "$url answered $code, not 200; nothing to measure" >&2; cat "$work/nginx/error.log" >&2; exit 1; }
done
curl -s "${encoding_header[@]}" -D "$work/headers-app.txt" "$app_url" >"$work/page-app.html"
curl -s "${encoding_header[@]}" "$nginx_url" >"$work/page-nginx.html"
same=$(cmp -s "$work/page-app.html" "$work/page-nginx.html" && echo "identical" || echo "different")
echo "   the article: app $(wc -c <"$work/page-app.html") bytes, nginx $(wc -c <"$work/page-nginx.html") bytes ($same)"

kestrel_port=$(free_port)
kestrel_url="http://127.0.0.1:$kestrel_port$article"
read -r -a kestrel_env <<<"${KESTREL_ENV:-}"
env "${kestrel_env[@]}" "$work/kestrel-alone/KestrelAlone" "http://127.0.0.1:$kestrel_port" "$work/page-app.html" "$work/headers-app.txt" >"$work/kestrel.log" 2>&1 &
kestrel_pid=$!
await_first_200 "$kestrel_url" "$kestrel_pid" "$work/kestrel.log" "$(now_ms)"
curl -s "${encoding_header[@]}" "$kestrel_url" | cmp -s - "$work/page-app.html" || { echo "Kestrel alone does not answer the app's page" >&2; exit 1; }

# The CPU time (user + system, in clock ticks) the given processes have used so far.
cpu_ticks() {
  local pid total=0
  for pid in "$@"; do total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat"))); done
  echo "$total"
}
# Runs wrk once against the named server and prints "requests/s p50-ms p99-ms CPU-µs-per-request";
# warns about errors and non-2xx answers.
measure() {
  local name=$1 duration=$2 out=$3 url pids before after
  # The processes that answer: nginx's workers, not its idle master; the app and Kestrel alone themselves.
  case $name in
    app) url=$app_url pids=$app_pid ;;
    nginx) url=$nginx_url pids=$(pgrep -P "$nginx_pid") ;;
    kestrel) url=$kestrel_url pids=$kestrel_pid ;;
  esac
  # shellcheck disable=SC2086  # one PID per word
  before=$(cpu_ticks $pids)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency "${encoding_header[@]}" "$url" >"$out" 2>&1
  # shellcheck disable=SC2086
  after=$(cpu_ticks $pids)
  grep -E "Non-2xx|Socket errors" "$out" | sed 's/^/   warning: /' >&2 || true
  awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; return v * 1000 }
    /^Requests\/sec:/ { rps = $2 }
    $2 == "requests" && $3 == "in" { requests = $1 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    END { printf "%.0f %.2f %.2f %.1f\n", rps, p50, p99, requests ? ticks / hz * 1e6 / requests : 0 }' "$out"
}

# The requests/s of the named server's latest round over nginx's.
round_ratio() {
  local r
  r=$(ratio "$(tail -n 1 "$work/$1.results" | cut -d' ' -f1)" "$(tail -n 1 "$work/nginx.results" | cut -d' ' -f1)")
  echo "$r" >>"$work/$1.ratios"
  echo "$r"
}

echo "== load: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency${encoding_header[*]:+ ${encoding_header[*]}}, $ROUNDS rounds, alternating (warm-up $WARMUP each)"
echo "   load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for name in app nginx kestrel; do measure "$name" "$WARMUP" "$work/warmup-$name.txt" >/dev/null; done
printf '   %-6s %-8s %12s %10s %10s %16s\n' round server "requests/s" "p50 ms" "p99 ms" "CPU µs/request"
: >"$work/app.results"
: >"$work/nginx.results"
: >"$work/kestrel.results"
for round in $(seq "$ROUNDS"); do
  for name in app nginx kestrel; do
    read -r rps p50 p99 cpu < <(measure "$name" "$DURATION" "$work/wrk-$name-$round.txt")
    echo "$rps $p50 $p99 $cpu" >>"$work/$name.results"
    label=$name; [ "$name" = kestrel ] && label="Kestrel"
    printf '   %-6s %-8s %12s %10s %10s %16s\n' "$round" "$label" "$rps" "$p50" "$p99" "$cpu"
  done
  # The three ran back to back, so a change in background load affects them alike.
  echo "   round $round: app/nginx $(round_ratio app), Kestrel alone/nginx $(round_ratio kestrel)"
done
echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

rss=$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$app_pid/status")
hwm=$(awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$app_pid/status")
app_rps=$(column_median app.results 1); nginx_rps=$(column_median nginx.results 1)
app_p99=$(column_median app.results 3 %.2f); nginx_p99=$(column_median nginx.results 3 %.2f); kestrel_p99=$(column_median kestrel.results 3 %.2f)
app_cpu=$(column_median app.results 4 %.1f); nginx_cpu=$(column_median nginx.results 4 %.1f); kestrel_cpu=$(column_median kestrel.results 4 %.1f)
medians_ratio=$(ratio "$app_rps" "$nginx_rps")
round_ratio_median=$(median %.2f <"$work/app.ratios")

echo
echo "== results: $articles articles, article $article; $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo);" \
  "ASP.NET Core $(dotnet --list-runtimes | awk '/AspNetCore/ { v = $2 } END { print v }'), nginx $("$NGINX" -v 2>&1 | sed 's|.*/||')"
printf '   %-34s %12s %12s %14s\n' "" app nginx "Kestrel alone"
printf '   %-34s %12s %12s %14s\n' "requests/s (median of $ROUNDS)" "$app_rps" "$nginx_rps" "$(column_median kestrel.results 1)"
printf '   %-34s %12s %12s %14s\n' "p50 latency, ms (median)" "$(column_median app.results 2 %.2f)" "$(column_median nginx.results 2 %.2f)" "$(column_median kestrel.results 2 %.2f)"
printf '   %-34s %12s %12s %14s\n' "p99 latency, ms (median)" "$app_p99" "$nginx_p99" "$kestrel_p99"
printf '   %-34s %12s %12s %14s\n' "server CPU per request, µs (median)" "$app_cpu" "$nginx_cpu" "$kestrel_cpu"
echo "   throughput ratio app/nginx: $medians_ratio of the medians, $round_ratio_median median of the rounds' ($(paste -sd' ' "$work/app.ratios"))   (target >= 1)"
echo "   the ceiling, Kestrel alone/nginx: $(median %.2f <"$work/kestrel.ratios") median of the rounds' ($(paste -sd' ' "$work/kestrel.ratios")); p99 $(ratio "$kestrel_p99" "$nginx_p99")"
echo "   p99 ratio app/nginx at $CONNECTIONS connections: $(ratio "$app_p99" "$nginx_p99")   (target <= 1)"
echo "   CPU per request, app/nginx: $(ratio "$app_cpu" "$nginx_cpu"); Kestrel alone/nginx: $(ratio "$kestrel_cpu" "$nginx_cpu")"
echo "   start-up to first 200: ${startup_median} ms median of ${startups[*]}   (against Hugo: tests/load/hugo.sh)"
echo "   app resident memory after the load: VmRSS $rss MB, peak VmHWM $hwm MB   (target <= 200)"
