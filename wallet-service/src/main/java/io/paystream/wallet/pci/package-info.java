/** Keeps card numbers out: a body that carries one is refused before anything reads, logs or stores it. */
package io.paystream.wallet.pci;
