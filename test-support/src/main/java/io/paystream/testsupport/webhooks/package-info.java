/** A merchant's side of webhooks: an endpoint that records what it got, and the Standard Webhooks check. */
package io.paystream.testsupport.webhooks;
