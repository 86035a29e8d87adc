/** The one-command local run: real servers on fixed ports, data under {@code .paystream/}, clean stop. */
package io.paystream.localstack;
