export * from "./cpf-cnpj"
export * from "./email"
export * from "./luhn"
export * from "./phone"
