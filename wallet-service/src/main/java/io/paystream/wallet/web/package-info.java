/** What the wallet adds to the edge's problem answers: the vault's refusals and outages. */
package io.paystream.wallet.web;
