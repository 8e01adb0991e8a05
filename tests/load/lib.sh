# Helpers shared by the load scripts (run.sh, hugo.sh); sourced, not run. They use the scripts' globals:
# repo, work (the scratch folder), and set article, articles, app_command, base, app_pid, startup_ms.

# Stops one process we started, politely first; never anything found by name.
stop() {
  local pid=$1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
# A port nothing answers on, below the kernel's range for outgoing connections (curl's and wrk's own
# ports come from there, and a listener cannot bind a port one of them holds). Bounded: 100 tries.
free_port() {
  local low port
  low=$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
  for _ in $(seq 100); do
    port=$((10000 + RANDOM % (low - 10000)))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  echo "no free port found" >&2; return 1
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# The median of the numbers on stdin, printed with the given format (default: whole numbers).
median() {
  sort -g | awk -v f="${1:-%.0f}" '{ v[NR] = $1 }
    END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf f "\n", m }'
}

# The median of one column of a results file in $work: column_median FILE COLUMN [FORMAT].
column_median() { awk -v c="$2" '{ print $c }' "$work/$1" | median "${3:-%.0f}"; }

# a / b to two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# Publishes the app (Release, ReadyToRun for this platform) and generates the 1,000-article site.
build_and_generate() {
  echo "== building (Release) and generating the 1,000-article site in $work"
  # For this machine's platform, as README's production publish: ReadyToRun (compiled ahead of time).
  rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
  dotnet publish "$repo/src/PainPumpInfo.Web" -c Release -r "$rid" -o "$work/app" --nologo -v quiet >"$work/publish.log" 2>&1 \
    || { cat "$work/publish.log"; exit 1; }
  dotnet run -c Release --project "$repo/tests/PainPumpInfo.Benchmarks" -- --generate "$work/content" >"$work/generate.log" 2>&1 \
    || { cat "$work/generate.log"; exit 1; }
  article=$(awk '/^typical-article / { print $2 }' "$work/generate.log")
  [ -n "$article" ] || { cat "$work/generate.log"; exit 1; }
  articles=$(find "$work/content" -name '*.md' | wc -l)

  app_command=(./PainPumpInfo.Web)
  [ -x "$work/app/PainPumpInfo.Web" ] || app_command=(dotnet PainPumpInfo.Web.dll)
  # A site with errors would measure error pages, not articles: the generated one must pass `check` cleanly.
  # It also fills the scratch folder's parse cache, which the app then starts from, as it would after its first start.
  (cd "$work/app" && "${app_command[@]}" check --content "$work/content" --cache "$work/cache") >"$work/check.log" 2>&1 || true
  grep -q ": 0 error(s), 0 warning(s)$" "$work/check.log" \
    || { echo "the generated site does not pass check:" >&2; tail -n 20 "$work/check.log" >&2; exit 1; }
}

# Starts the app in Production on a free port, with the scratch folder's parse cache unless the arguments say otherwise
# (e.g. --Site:CacheDirectory=off), and with the environment variables in APP_ENV if set; sets base, app_pid, and
# startup_ms to the time from process start to the first 200 on the article. (Not run in $(…): the PID must reach
# this shell, which stops the app.)
start_app() {  # extra arguments go to the app
  local started app_env
  read -r -a app_env <<<"${APP_ENV:-}"
  base="http://127.0.0.1:$(free_port)"
  started=$(now_ms)
  # From its own folder, as a service would run it: ASP.NET Core reads appsettings.json (log levels) from the
  # working directory, and without it logs every request at Information.
  (cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production "${app_env[@]}" "${app_command[@]}" --urls "$base" \
    --Site:ContentPath="$work/content" --Site:BaseUrl="$base" --Site:CacheDirectory="$work/cache" "$@" >>"$work/app.log" 2>&1) &
  app_pid=$!  # exec: the subshell's PID is the app's
  await_first_200 "$base$article" "$app_pid" "$work/app.log" "$started"
}

# Polls the URL every 10 ms (30 s at most) until it answers 200 and sets startup_ms to the time since the given
# start; fails, showing the server's log, if the server's process ends first.
await_first_200() {
  local url=$1 pid=$2 log=$3 started=$4 code
  for _ in $(seq 3000); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)
    if [ "$code" = 200 ]; then startup_ms=$(( $(now_ms) - started )); return 0; fi
    kill -0 "$pid" 2>/dev/null || { echo "the server stopped:" >&2; cat "$log" >&2; return 1; }
    sleep 0.01
  done
  echo "no 200 from $url within 30 s" >&2; return 1
}
