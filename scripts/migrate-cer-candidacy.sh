#!/usr/bin/env bash
# Moves the running instances (candidacies, contracts) of one version of a process — cer-candidacy unless
# --process-key says another, e.g. cesp-contract — to another (by default: from the version
# before the latest to the latest), through the engine's REST API, as an administrator (HTTP Basic: the
# REST API refuses anonymous calls). See processes/README.md, "Changing a model", step 7. Needs curl and jq.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/migrate-cer-candidacy.sh [options]

  --process-key KEY         process whose instances move (default: cer-candidacy; also cesp-contract, cesp-campaign…)
  --url URL                 REST API of the engine (default: $ENGINE_URL, else http://localhost:8080/engine-rest)
  --user ID                 administrator (group camunda-admin) (default: $CAMUNDA_USER, else demo)
                            password: $CAMUNDA_PASSWORD, else asked
  --from-version N          version whose candidacies move (default: the one before the latest)
  --to-version N            version they move to (default: the latest)
  --business-key-like P     only candidacies whose business key matches P (SQL LIKE, e.g. 'CER-2026-%')
  --map SOURCE=TARGET       move what waits at activity SOURCE to activity TARGET (for an id that changed);
                            repeatable; activities with the same id in both versions are mapped anyway
  --dry-run                 show the plan and how many candidacies would move; change nothing
  --wait                    wait until the migration batch has run and report its failures
  -h, --help                this help
USAGE
}

URL="${ENGINE_URL:-http://localhost:8080/engine-rest}"
USER_ID="${CAMUNDA_USER:-demo}"
FROM=""
TO=""
KEY_LIKE=""
MAPS=()
DRY_RUN=false
WAIT=false
KEY="cer-candidacy"

while [ $# -gt 0 ]; do
  case "$1" in
    --process-key) KEY="$2"; shift 2 ;;
    --url) URL="$2"; shift 2 ;;
    --user) USER_ID="$2"; shift 2 ;;
    --from-version) FROM="$2"; shift 2 ;;
    --to-version) TO="$2"; shift 2 ;;
    --business-key-like) KEY_LIKE="$2"; shift 2 ;;
    --map) MAPS+=("$2"); shift 2 ;;
    --dry-run) DRY_RUN=true; shift ;;
    --wait) WAIT=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "Unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done
# what the instances are called in the messages: a CER instance is a candidacy, a CESP contract a contract
case "$KEY" in
  cer-candidacy) WHAT="candidacies" ;;
  cesp-contract) WHAT="contracts" ;;
  cesp-campaign) WHAT="campaigns" ;;
  *) WHAT="instances" ;;
esac

for tool in curl jq; do
  command -v "$tool" >/dev/null 2>&1 || { echo "This script needs $tool." >&2; exit 2; }
done
if [ -z "${CAMUNDA_PASSWORD:-}" ]; then
  if [ -t 0 ]; then
    read -r -s -p "Password of $USER_ID: " CAMUNDA_PASSWORD; echo
  else
    echo "Set CAMUNDA_PASSWORD (password of $USER_ID)." >&2; exit 2
  fi
fi
URL="${URL%/}"

# The credentials go to curl in a header file readable by this user only, never on a command line (ps).
AUTH="$(mktemp)"
trap 'rm -f "$AUTH"' EXIT
chmod 600 "$AUTH"
printf 'Authorization: Basic %s\n' "$(printf '%s:%s' "$USER_ID" "$CAMUNDA_PASSWORD" | base64 | tr -d '\n')" >"$AUTH"

# call METHOD PATH [JSON]: prints the answer's body; stops with the engine's message on an error status
call() {
  local method="$1" path="$2" body="${3:-}" out status
  out="$(mktemp)"
  if [ -n "$body" ]; then
    status="$(curl -sS -o "$out" -w '%{http_code}' -H @"$AUTH" -X "$method" \
      -H 'Content-Type: application/json' --data "$body" "$URL$path")"
  else
    status="$(curl -sS -o "$out" -w '%{http_code}' -H @"$AUTH" -X "$method" "$URL$path")"
  fi
  if [ "${status:0:1}" != "2" ]; then
    echo "$method $path answered $status:" >&2
    (jq -r '.message // .' "$out" 2>/dev/null || cat "$out") >&2
    [ "$status" = "401" ] && echo "Authentication refused: check the user ($USER_ID) and CAMUNDA_PASSWORD." >&2
    [ "$status" = "403" ] && echo "Migration is for administrators (group camunda-admin)." >&2
    rm -f "$out"
    exit 1
  fi
  cat "$out"
  rm -f "$out"
}

echo "Engine: $URL (as $USER_ID)"
definitions="$(call GET "/process-definition?key=$KEY&sortBy=version&sortOrder=desc&maxResults=1000")"
latest="$(jq -r '.[0].version // empty' <<<"$definitions")"
[ -n "$latest" ] || { echo "No process $KEY is deployed." >&2; exit 1; }
TO="${TO:-$latest}"
FROM="${FROM:-$((TO - 1))}"
source_id="$(jq -r --argjson v "$FROM" '.[] | select(.version == $v) | .id' <<<"$definitions")"
target_id="$(jq -r --argjson v "$TO" '.[] | select(.version == $v) | .id' <<<"$definitions")"
[ -n "$source_id" ] || { echo "$KEY has no version $FROM." >&2; exit 1; }
[ -n "$target_id" ] || { echo "$KEY has no version $TO." >&2; exit 1; }
echo "From $KEY version $FROM ($source_id) to version $TO ($target_id)"

query="$(jq -n --arg id "$source_id" --arg like "$KEY_LIKE" \
  '{processDefinitionId: $id} + (if $like == "" then {} else {businessKeyLike: $like} end)')"
count="$(call POST "/process-instance/count" "$query" | jq -r '.count')"
echo "${WHAT^} to move: $count${KEY_LIKE:+ (business key like $KEY_LIKE)}"

echo "POST /migration/generate (same activity ids; timers keep their due dates)"
plan="$(call POST "/migration/generate" "$(jq -n --arg s "$source_id" --arg t "$target_id" \
  '{sourceProcessDefinitionId: $s, targetProcessDefinitionId: $t, updateEventTriggers: false}')")"
for map in "${MAPS[@]+"${MAPS[@]}"}"; do
  plan="$(jq --arg s "${map%%=*}" --arg t "${map#*=}" \
    '.instructions = ([.instructions[] | select(.sourceActivityIds != [$s])] + [{sourceActivityIds: [$s], targetActivityIds: [$t], updateEventTrigger: false}])' <<<"$plan")"
done
echo "Plan:"
jq -r '.instructions[] | "  \(.sourceActivityIds | join(",")) -> \(.targetActivityIds | join(","))"' <<<"$plan"

echo "POST /migration/validate"
report="$(call POST "/migration/validate" "$plan")"
problems="$(jq -r '.instructionReports[]? | "  \(.instruction.sourceActivityIds | join(",")): \(.failures | join("; "))"' <<<"$report")"
if [ -n "$problems" ]; then
  echo "The plan is not valid:"; echo "$problems"; exit 1
fi

if [ "$DRY_RUN" = true ]; then
  echo "Dry run: nothing migrated."
  exit 0
fi
if [ "$count" = "0" ]; then
  echo "Nothing to migrate."
  exit 0
fi

echo "POST /migration/executeAsync"
batch="$(call POST "/migration/executeAsync" "$(jq -n --argjson plan "$plan" --argjson query "$query" \
  '{migrationPlan: $plan, processInstanceQuery: $query, skipCustomListeners: false, skipIoMappings: false}')")"
batch_id="$(jq -r '.id' <<<"$batch")"
echo "Batch $batch_id started: $(jq -r '.totalJobs' <<<"$batch") $WHAT. Follow it in Cockpit (Batches) or GET /batch/statistics?batchId=$batch_id"

if [ "$WAIT" = true ]; then
  for _ in $(seq 1 120); do
    # list queries of an authenticated user must be bounded (queryMaxResultsLimit)
    stats="$(call GET "/batch/statistics?batchId=$batch_id&maxResults=1")"
    if [ "$(jq 'length' <<<"$stats")" = "0" ]; then
      echo "Batch $batch_id finished."
      exit 0
    fi
    remaining="$(jq -r '.[0].remainingJobs' <<<"$stats")"
    failed="$(jq -r '.[0].failedJobs' <<<"$stats")"
    echo "  remaining $remaining, failed $failed"
    if [ "$remaining" = "$failed" ] && [ "$failed" != "0" ]; then
      echo "Some $WHAT could not be migrated: see the batch's failed jobs in Cockpit." >&2
      exit 1
    fi
    if [ "$remaining" = "0" ]; then
      echo "Batch $batch_id finished."
      exit 0
    fi
    sleep 5
  done
  echo "Still running after 10 minutes; follow batch $batch_id in Cockpit." >&2
fi
