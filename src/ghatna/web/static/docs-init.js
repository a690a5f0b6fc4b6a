// /docs: Swagger UI over this server's own OpenAPI document. No validator badge (it would
// send the document to a validator elsewhere).
window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  validatorUrl: null,
  tryItOutEnabled: true,
});
