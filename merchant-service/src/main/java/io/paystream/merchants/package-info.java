/** The merchant service: merchants (tenants), their API keys and their encrypted gateway credentials (ARCHITECTURE §11). */
package io.paystream.merchants;
