package io.paystream.testsupport;

/** The real servers a test can ask {@link RealServers} for. */
public enum Server {
    POSTGRES,
    KAFKA,
    SQS,
    OAUTH
}
