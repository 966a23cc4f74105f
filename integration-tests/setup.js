// MikroORM keeps entity metadata in a process-wide store; clear it so each test file
// registers the models it loads itself.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()
