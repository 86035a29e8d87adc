/** Malformed HTTP requests, generated from a seed and sent byte for byte, to prove every bad input is a 4xx. */
package io.paystream.testsupport.fuzz;
