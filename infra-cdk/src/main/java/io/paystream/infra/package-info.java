/** The AWS CDK app that deploys Paystream: one stack per concern, wired by constructor arguments. */
package io.paystream.infra;
