#!/bin/sh
# The compose stack's two merchants, as ./paystream makes them (local-stack LocalMerchants): mer_demo on the simulator's
# default account and mer_acme on its own, created through the operator API as the local operator ops (realm role
# paystream-admin). Runs at every `up` and changes nothing once they exist; each merchant's order-team API key is
# issued and printed only when the merchant is created (a key is shown once: keep it). Needs sh and curl only.
set -eu

token_endpoint="${TOKEN_ENDPOINT:-http://keycloak:8180/realms/paystream/protocol/openid-connect/token}"
merchant_service="${MERCHANT_SERVICE:-http://merchant-service:8085}"

token=$(curl -fsS "$token_endpoint" \
  -d grant_type=password -d client_id=paystream-cli -d username=ops -d password=ops-password \
  --data-urlencode "scope=openid operator" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
if [ -z "$token" ]; then
  echo "the operator ops could not sign in at $token_endpoint" >&2
  exit 1
fi

# merchant id, name, Braintree merchant id, public key, private key
create() {
  status=$(curl -sS -o /tmp/answer.json -D /tmp/headers.txt -w '%{http_code}' "$merchant_service/v1/admin/merchants" \
    -H "Authorization: Bearer $token" -H "Idempotency-Key: compose-$1" -H 'Content-Type: application/json' \
    -d "{\"id\": \"$1\", \"name\": \"$2\", \"braintree\": {\"merchantId\": \"$3\", \"publicKey\": \"$4\",
         \"privateKey\": \"$5\", \"merchantAccounts\": {\"USD\": \"paystream_usd\"}}}")
  case "$status" in
    201) if grep -qi '^Idempotent-Replayed: true' /tmp/headers.txt; then
           echo "$1 exists (its API key was printed when it was created; the operator API issues another)"
         else
           echo "created $1"; issue_key "$1"
         fi ;;
    409) echo "$1 exists (its API key was printed when it was created; the operator API issues another)" ;;
    *) echo "could not create $1: $status $(cat /tmp/answer.json)" >&2; exit 1 ;;
  esac
}

issue_key() {
  status=$(curl -sS -o /tmp/key.json -w '%{http_code}' "$merchant_service/v1/admin/merchants/$1/api-keys" \
    -H "Authorization: Bearer $token" -H "Idempotency-Key: compose-key-$1-$(date +%s)" \
    -H 'Content-Type: application/json' \
    -d '{"name": "order team (compose)", "scopes": ["payments:read", "payments:write", "orders:read"]}')
  if [ "$status" != 201 ]; then
    echo "could not issue a key for $1: $status $(cat /tmp/key.json)" >&2
    exit 1
  fi
  echo "API key $1: $(sed -n 's/.*"key":"\([^"]*\)".*/\1/p' /tmp/key.json)  (local only)"
}

create mer_demo "Demo Store" paystream_merchant paystream_public_key paystream_private_key
create mer_acme "Acme Outdoor" acme_merchant acme_public_key acme_private_key
