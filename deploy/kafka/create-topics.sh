#!/bin/bash
# The six payment topics (contracts' PaymentTopics), the wallet's (WalletTopics) and the audit trail's (AuditTopics),
# 3 partitions each as in the local stack; idempotent.
set -euo pipefail

bootstrap="${BOOTSTRAP_SERVERS:-kafka:29092}"
for topic in payment-approved payment-declined payment-deposited payment-reversed payment-refunded payment-failed \
  wallet-payment-method-removed payment-gateway-attempts; do
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --create --if-not-exists \
    --topic "$topic" --partitions 3 --replication-factor 1
done
echo "Kafka topics ready"
