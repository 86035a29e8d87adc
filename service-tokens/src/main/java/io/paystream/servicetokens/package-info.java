/** What a service needs to call another one: its own client-credentials token. */
package io.paystream.servicetokens;
