/** Per-customer token buckets, kept in memory per instance: a burst is served, a flood gets 429 with Retry-After. */
package io.paystream.facade.ratelimit;
