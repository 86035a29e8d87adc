/** What the stack's commands write into the docs. */
package io.paystream.localstack.report;
