#!/bin/bash
# Creates each topic of $TOPICS with $PARTITIONS partitions unless it exists; $BOOTSTRAP_SERVERS is MSK's SASL/IAM
# bootstrap string. Credentials come from the task role through the default AWS chain.
set -euo pipefail

config=$(mktemp)
cat > "$config" <<'PROPERTIES'
security.protocol=SASL_SSL
sasl.mechanism=AWS_MSK_IAM
sasl.jaas.config=software.amazon.msk.auth.iam.IAMLoginModule required;
sasl.client.callback.handler.class=software.amazon.msk.auth.iam.IAMClientCallbackHandler
PROPERTIES

for topic in $TOPICS; do
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --command-config "$config" \
    --create --if-not-exists --topic "$topic" --partitions "$PARTITIONS"
  echo "topic $topic ready"
done
