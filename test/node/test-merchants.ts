/**
 * Merchants the tests add to the local one: another test merchant (to prove tenants are apart,
 * and a merchant with allowed hosts and no localhost) and a live merchant, on Vipps (the sandbox is
 * for test merchants only; the tests' Vipps is a fake, not Vipps' test host, so a live merchant may
 * use it; like every live merchant it lists its allowed hosts). Keys: `sk_test_other`,
 * `sk_live_local`; stored, as always, only as SHA-256 hashes.
 */
export const TEST_MERCHANTS = [
  {
    id: "mer_other",
    name: "Other Shop",
    mode: "test",
    api_key_sha256: ["e3e0e6427495b3895a94870e1248694ddc413c4e51c864f8e4d1f0979b631f15"],
    webhook_secrets: ["whsec_other_1", "whsec_other_2"],
    default_provider: "sandbox",
    allowed_hosts: ["shop.example"],
    allow_http_localhost: false,
    org_number: "999 999 999",
    support_email: "kundeservice@shop.example",
    support_phone: "+47 22 00 00 00",
    terms_url: "https://shop.example/kjopsvilkar",
  },
  {
    id: "mer_live",
    name: "Live Shop",
    mode: "live",
    api_key_sha256: ["90c8440417479b3b95197ccc840f680297ffe43e14c7ff27f20c28c71ce0e941"],
    webhook_secrets: ["whsec_live_secret"],
    default_provider: "vipps",
    allowed_hosts: ["shop.example"],
    allow_http_localhost: false,
  },
];
