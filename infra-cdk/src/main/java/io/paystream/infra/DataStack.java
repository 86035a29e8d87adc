package io.paystream.infra;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Token;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.rds.AuroraPostgresClusterEngineProps;
import software.amazon.awscdk.services.rds.AuroraPostgresEngineVersion;
import software.amazon.awscdk.services.rds.BackupProps;
import software.amazon.awscdk.services.rds.ClusterInstance;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.CredentialsBaseOptions;
import software.amazon.awscdk.services.rds.DatabaseCluster;
import software.amazon.awscdk.services.rds.DatabaseClusterEngine;
import software.amazon.awscdk.services.rds.DatabaseSecret;
import software.amazon.awscdk.services.rds.IClusterEngine;
import software.amazon.awscdk.services.rds.IClusterInstance;
import software.amazon.awscdk.services.rds.ServerlessV2ClusterInstanceProps;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.constructs.Construct;

/**
 * Aurora PostgreSQL Serverless v2 in the isolated subnets, encrypted at rest, never publicly reachable. One
 * cluster, one database and one login role per service (§1: each service owns its data); every credential is a
 * generated Secrets Manager secret. The bootstrap job of the services stack creates the databases and roles. The
 * merchants' key-encryption key and API-key pepper live here too ({@link MerchantSecrets}).
 */
public final class DataStack extends Stack {

    static final String ADMIN_USER = "paystream_admin";

    private final DatabaseCluster cluster;
    private final Map<PaystreamService, ISecret> serviceSecrets = new EnumMap<>(PaystreamService.class);
    private final MerchantSecrets merchantSecrets;

    public DataStack(Construct scope, String id, StackProps props, DeploySettings settings, NetworkStack network) {
        super(scope, id, props);
        IClusterEngine engine = DatabaseClusterEngine.auroraPostgres(AuroraPostgresClusterEngineProps.builder()
                .version(AuroraPostgresEngineVersion.VER_17_9)
                .build());
        cluster = DatabaseCluster.Builder.create(this, "Database")
                .engine(engine)
                .credentials(Credentials.fromGeneratedSecret(
                        ADMIN_USER,
                        CredentialsBaseOptions.builder()
                                .secretName("paystream/db/admin")
                                .build()))
                .writer(ClusterInstance.serverlessV2("writer", instance(false)))
                .readers(readers(settings.databaseReaders()))
                .serverlessV2MinCapacity(settings.databaseMinCapacity())
                .serverlessV2MaxCapacity(settings.databaseMaxCapacity())
                .vpc(network.vpc())
                .vpcSubnets(SubnetSelection.builder()
                        .subnetType(SubnetType.PRIVATE_ISOLATED)
                        .build())
                .securityGroups(List.of(network.database()))
                .storageEncrypted(true)
                // Clients must use TLS (the services connect with sslmode=require).
                .parameters(Map.of("rds.force_ssl", "1"))
                .backup(BackupProps.builder().retention(Duration.days(14)).build())
                .cloudwatchLogsExports(List.of("postgresql"))
                .cloudwatchLogsRetention(RetentionDays.ONE_MONTH)
                .deletionProtection(true)
                .removalPolicy(RemovalPolicy.SNAPSHOT)
                .copyTagsToSnapshot(true)
                .build();

        for (PaystreamService service : PaystreamService.values()) {
            service.database().ifPresent(database -> serviceSecrets.put(service, serviceSecret(service, database)));
        }
        merchantSecrets = new MerchantSecrets(this, settings);
    }

    public DatabaseCluster cluster() {
        return cluster;
    }

    MerchantSecrets merchantSecrets() {
        return merchantSecrets;
    }

    /** The admin credentials: only the bootstrap job reads them. */
    public ISecret adminSecret() {
        return cluster.getSecret();
    }

    /** {@code username}, {@code password} of the service's own login role; owner of its database only. */
    public ISecret serviceSecret(PaystreamService service) {
        ISecret secret = serviceSecrets.get(service);
        if (secret == null) {
            throw new IllegalArgumentException(service + " has no database");
        }
        return secret;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + cluster.getClusterEndpoint().getHostname() + ":"
                + Token.asString(cluster.getClusterEndpoint().getPort()) + "/" + database + "?sslmode=require";
    }

    private ISecret serviceSecret(PaystreamService service, String database) {
        return DatabaseSecret.Builder.create(this, service.constructId() + "DatabaseSecret")
                .secretName("paystream/db/" + database)
                .username(database)
                .dbname(database)
                // Characters that would need quoting in a JDBC URL or a shell.
                .excludeCharacters(" %+~`#$&*()|[]{}:;<>?!'/@\"\\")
                .masterSecret(cluster.getSecret())
                .build();
    }

    private static List<IClusterInstance> readers(int count) {
        List<IClusterInstance> readers = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            readers.add(ClusterInstance.serverlessV2("reader" + i, instance(true)));
        }
        return readers;
    }

    private static ServerlessV2ClusterInstanceProps instance(boolean reader) {
        return ServerlessV2ClusterInstanceProps.builder()
                .publiclyAccessible(false)
                // A reader that scales with the writer can take over at full size.
                .scaleWithWriter(reader ? true : null)
                .build();
    }
}
