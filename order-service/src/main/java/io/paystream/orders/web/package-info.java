/** HTTP concerns shared by the API: RFC 9457 problem responses with stable types, and the OpenAPI description. */
package io.paystream.orders.web;
