/** The port to the payment gateway and its Braintree adapter; gateway answers become outcomes here only. */
package io.paystream.platform.gateway;
