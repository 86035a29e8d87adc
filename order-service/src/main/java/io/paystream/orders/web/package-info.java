/** The order service's OpenAPI description; its problem answers are the HTTP edge's. */
package io.paystream.orders.web;
