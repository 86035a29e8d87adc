#!/bin/bash
# LocalStack runs this once it is ready: payment-requests-queue and its dead-letter queue, with the redrive policy
# AWS has (infra-cdk MessagingStack) and ElasticMQ has in tests (test-support SqsServer): 10 receives, then the DLQ.
# Names are contracts' PaymentQueues. The region is the one the services use (eu-west-1 unless told otherwise).
set -euo pipefail

region="${AWS_DEFAULT_REGION:-eu-west-1}"
queue=payment-requests-queue
dlq=payment-requests-dlq
max_receive_count=10

dlq_url=$(awslocal --region "$region" sqs create-queue --queue-name "$dlq" \
  --attributes MessageRetentionPeriod=1209600 --query QueueUrl --output text)
dlq_arn=$(awslocal --region "$region" sqs get-queue-attributes --queue-url "$dlq_url" \
  --attribute-names QueueArn --query Attributes.QueueArn --output text)

attributes=$(mktemp)
cat > "$attributes" <<JSON
{
  "VisibilityTimeout": "30",
  "RedrivePolicy": "{\"deadLetterTargetArn\":\"${dlq_arn}\",\"maxReceiveCount\":\"${max_receive_count}\"}"
}
JSON
awslocal --region "$region" sqs create-queue --queue-name "$queue" --attributes "file://$attributes"
echo "SQS queues ready in $region: $queue -> $dlq after $max_receive_count receives"
