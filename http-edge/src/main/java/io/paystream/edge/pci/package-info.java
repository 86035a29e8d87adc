/** Keeps card numbers and oversized bodies out: such a request is refused before anything reads, logs or forwards it. */
package io.paystream.edge.pci;
