/** The merchant service's refusals as problems, and its OpenAPI description. */
package io.paystream.merchants.web;
