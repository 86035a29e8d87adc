/** Who may call which route: operators the admin API, services their internal reads. */
package io.paystream.merchants.security;
