/** Real servers for tests and the local stack: PostgreSQL, Kafka, ElasticMQ and an OAuth 2.0 IdP. */
package io.paystream.testsupport;
