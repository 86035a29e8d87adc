package io.paystream.infra;

import software.amazon.awscdk.services.iam.IRole;

/**
 * Least privilege for the task roles, read off {@link PaystreamService}: the orchestrator may only send jobs, the
 * platform service may only take them; producers write and consumers read the payment and wallet topics, consumers only in
 * their own group. Only the merchant and webhook services may encrypt with the merchants' key-encryption key (each
 * seals its own secrets under it); the platform and wallet services may only decrypt with it. The facade calls no AWS
 * API (its credentials come in as ECS secrets, read by the execution role, not the task role).
 */
final class TaskPermissions {

    private final MessagingStack messaging;
    private final KafkaIam kafka;
    private final MerchantSecrets merchantSecrets;

    TaskPermissions(MessagingStack messaging, MerchantSecrets merchantSecrets) {
        this.messaging = messaging;
        this.kafka = new KafkaIam(messaging.kafkaClusterArn());
        this.merchantSecrets = merchantSecrets;
    }

    void grant(PaystreamService service, IRole taskRole) {
        if (service.sealsWithTheKeyEncryptionKey()) {
            merchantSecrets.grantSeal(taskRole);
        } else if (service.opensMerchantCredentials()) {
            merchantSecrets.grantOpen(taskRole);
        }
        switch (service.sqs()) {
            case PRODUCER -> messaging.paymentRequests().grantSendMessages(taskRole);
            case CONSUMER -> messaging.paymentRequests().grantConsumeMessages(taskRole);
            case NONE -> {}
        }
        switch (service.kafka()) {
            case PRODUCER -> {
                // Idempotent producer (enable.idempotence=true): one more cluster action.
                taskRole.addToPrincipalPolicy(kafka.connect(true));
                taskRole.addToPrincipalPolicy(kafka.writeTopics());
            }
            case CONSUMER -> {
                taskRole.addToPrincipalPolicy(kafka.connect(false));
                taskRole.addToPrincipalPolicy(kafka.readTopics());
                taskRole.addToPrincipalPolicy(kafka.ownGroups(ServiceEnvironment.consumerGroup(service)));
            }
            case NONE -> {}
        }
    }
}
