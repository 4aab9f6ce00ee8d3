#!/usr/bin/env bash
# Runs every test of PureConnect.Orleans: installs what the tests need, builds, runs each test project,
# and ends with one line of totals ("N passed, N failed[, N skipped]").
set -uo pipefail
cd "$(dirname "$0")"

install_prerequisites() {
  local missing=()
  command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
  [ -x /usr/sbin/rabbitmq-server ] || [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]}"
    if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
    else sudo apt-get update -qq && sudo apt-get install -y -qq "${missing[@]}" >/dev/null; fi
  fi
}

install_prerequisites
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

echo "Building the solution (Release; the first build restores the NuGet packages and takes a few minutes) …"
build_started=$SECONDS
dotnet build PureConnect.Orleans.sln -c Release -warnaserror -nologo -v q || { echo "0 passed, 1 failed"; exit 1; }
echo "Built in $((SECONDS - build_started)) s. Checking the formatting …"

status=0
format_failures=0
if ! dotnet format PureConnect.Orleans.sln --verify-no-changes --no-restore; then
  echo "Formatting differs from .editorconfig: run 'dotnet format PureConnect.Orleans.sln'"; format_failures=1; status=1
fi

for project in $(find tests -name '*.csproj' | sort); do
  grep -q '<IsTestProject>true</IsTestProject>' "$project" || continue
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
    --blame-hang-timeout 5m -- RunConfiguration.TreatNoTestsAsError=true || status=1
done

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  total=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters"); executed=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${total:-0} - ${executed:-0}))
done
failed=$((failed + format_failures))
[ "$passed" -gt 0 ] || status=1
if [ "$skipped" -gt 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
[ "$failed" -eq 0 ] || status=1
exit $status
