/** OAuth 2.0 resource-server defaults: a service states only its scope rules. */
package io.paystream.edge.security;
