/** HTTP concerns every feature shares: problem+json answers, request ids, request-shape checks, the OpenAPI description. */
package io.paystream.facade.web;
