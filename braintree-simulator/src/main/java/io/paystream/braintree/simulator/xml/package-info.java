/** The gateway's XML: a forgiving reader for what braintree-java sends and a writer for what it parses. */
package io.paystream.braintree.simulator.xml;
