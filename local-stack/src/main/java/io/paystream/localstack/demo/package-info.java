/** Programs run against a running local stack: the checkout demo and the checkout latency probe. */
package io.paystream.localstack.demo;
