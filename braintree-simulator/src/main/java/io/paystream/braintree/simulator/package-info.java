/** A local Braintree gateway for braintree-java 3.52.0: start it with {@link BraintreeSimulator#start}. */
package io.paystream.braintree.simulator;
