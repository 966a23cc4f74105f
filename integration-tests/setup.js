// MikroORM keeps entity metadata in a process-wide store; clear it so each test file
// registers the models it loads itself.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

// zod keeps schema ids (`.meta({ id })`, used by the OpenAPI response schemas) in one registry
// on globalThis, which outlives a test file in a jest worker: clear it so each file that loads
// the response schemas registers them itself instead of colliding with the previous file's.
require("zod/v4/core").globalRegistry.clear()
