/**
 * Real user agents, each with where it was seen and what `classify` must make of it: the evidence
 * for the rules in src/device/classify.ts. The strings are copied as found (data about devices,
 * not code). Where `seen` names a device-detector fixture "with its client hints", the hints are
 * that fixture's, with the structured-field quotes that its YAML dropped put back
 * (`Sec-CH-UA-Platform: "Android"` is sent as the header value `"Android"`, quotes included).
 * `hints` holds the other headers sent with it (client hints, X-Requested-With).
 * A `known_miss` marks a case where the headers cannot tell the truth: `expect` records what the
 * server makes of it, the miss what the device was and why.
 * The last three groups were taken from device-detector's, isbot's and ua-parser-js's fixtures by
 * stride (every k-th entry, not picked by hand), with bot, in_app and os as each source labels them
 * (device-detector's client and system names mapped to the gateway's; a bot's system is what its
 * User-Agent claims). Their os_version and mobile are what `classify` gives, not measured.
 */
import type { Device } from "../../../src/device/device";

export interface UserAgentCase {
  /** The User-Agent header, exactly as seen. */
  ua: string;
  /** Client hints sent with it: header name to value, as sent. */
  hints?: Record<string, string>;
  /** Where the string was seen: a repository and file, or an issue. */
  seen: string;
  /** What `classify` makes of it. */
  expect: Device;
  /**
   * Where that is not what the device was: the truth (as the source labels it, or as the issue
   * reports it) for bot, in_app and os, and why the headers cannot tell. Counted as a miss in
   * test/worker/device/accuracy.test.ts.
   */
  known_miss?: { truth: Partial<Pick<Device, "bot" | "in_app" | "os">>; why: string };
}

export const USER_AGENTS: readonly UserAgentCase[] = [
  // facebook
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/22B83 [FBAN/FBIOS;FBAV/488.0.0.68.101;FBBV/658219612;FBDV/iPhone12,8;FBMD/iPhone;FBSN/iOS;FBSV/18.1;FBSS/2;FBID/phone;FBLC/en_US;FBOP/5;FBRV/0;IABMV/1]",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: "facebook", os: "ios", os_version: "18.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/22G100 Safari/604.1 MetaIAB Facebook",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: "facebook", os: "ios", os_version: "18.6.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240905.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.83 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/488.0.0.62.79;IABMV/1;]",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: "facebook", os: "android", os_version: "14", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/482.2.0.68.110;FBBV/658316928;FBDV/iPhone12,8;FBMD/iPhone;FBSN/iOS;FBSV/18.1;FBSS/2;FBCR/;FBID/phone;FBLC/en_US;FBOP/80]",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: "facebook", os: "ios", os_version: "18.1", mobile: true },
    known_miss: { truth: { in_app: "messenger" }, why: "Messenger's in-app browser sends Facebook's tokens" },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240905.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.58 Mobile Safari/537.36  [FB_IAB/FB4A;FBAV/481.1.0.74.109;]",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: "facebook", os: "android", os_version: "14", mobile: true },
    known_miss: { truth: { in_app: "messenger" }, why: "Messenger's in-app browser sends Facebook's tokens" },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.0; SM-G900P Build/LRX21T; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/43.0.2357.121 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/35.0.0.48.273;]",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "facebook", os: "android", os_version: "5.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 10_3_1 like Mac OS X) AppleWebKit/603.1.30 (KHTML, like Gecko) Mobile/14E304 [FBAN/FBIOS;FBAV/91.0.0.41.73;FBBV/57050710;FBDV/iPhone8,1;FBMD/iPhone;FBSN/iOS;FBSV/10.3.1;FBSS/2;FBCR/Telekom.de;FBID/phone;FBLC/de_DE;FBOP/5;FBRV/0])",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "facebook", os: "ios", os_version: "10.3.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 13_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBDV/iPhone10,2;FBMD/iPhone;FBSN/iOS;FBSV/13.3.1;FBSS/3;FBID/phone;FBLC/en_US;FBOP/5;FBCR/]",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "facebook", os: "ios", os_version: "13.3.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 11_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15G77 [FBAN/FBIOS;FBAV/183.0.0.41.81;FBBV/119182652;FBDV/iPhone6,2;FBMD/iPhone;FBSN/iOS;FBSV/11.4.1;FBSS/2;FBCR/VIVO;FBID/phone;FBLC/pt_BR;FBOP/5;FBRV/0]",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: "facebook", os: "ios", os_version: "11.4.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; SM-G570M Build/NRD90M; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/69.0.3497.100 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/192.0.0.34.85;]",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: "facebook", os: "android", os_version: "7.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 16; Pixel 10 Pro XL Build/CP1A.260305.018; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/146.0.7680.174 Mobile Safari/537.36 MetaIAB Facebook",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: "facebook", os: "android", os_version: "16", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/21G93 [FBAN/FBIOS;FBAV/479.1.0.33.109;FBBV/637241220;FBDV/iPhone15,2;FBMD/iPhone;FBSN/iOS;FBSV/17.6.1;FBSS/3;FBID/phone;FBLC/es_ES;FBOP/5;FBRV/639094949;IABMV/1]",
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "ios", os_version: "17.6.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/21F90 [FBAN/FBIOS;FBAV/468.0.0.39.104;FBBV/609862394;FBDV/iPad14,8;FBMD/iPad;FBSN/iPadOS;FBSV/17.5.1;FBSS/2;FBID/tablet;FBLC/it_IT;FBOP/5;FBRV/0]",
    seen: "device-detector Tests/fixtures/tablet-11.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "ipados", os_version: "17.5.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 15_0_1 like Mac OS X) WebKit/8612 (KHTML, like Gecko) Mobile/19A348 [FBAN/FBIOS;FBDV/iPad14,1;FBMD/iPad;FBSN/iOS;FBSV/15.0.1;FBSS/2;FBID/tablet;FBLC/en_GB;FBOP/5]",
    seen: "device-detector Tests/fixtures/tablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "ipados", os_version: "15.0.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0; HEAT4 Build/MRA58K; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/44.0.2403.119 Mobile Safari/537.36[FBAN/EMA;FBLC/en_GB;FBAV/77.0.0.3.186;]",
    seen: "device-detector Tests/fixtures/smartphone-1.yml (github.com/matomo-org/device-detector); Facebook Lite",
    expect: { bot: false, in_app: "facebook", os: "android", os_version: "6.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; SM-A105M Build/QP1A.190711.020; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/95.0.4638.50 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/357.0.0.23.115;]",
    seen: "device-detector Tests/fixtures/clienthints-app.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; AMN-LX9 Build/HUAWEIAMN-LX9; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/79.0.3945.93 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/248.1.0.44.116;]",
    seen: "php-browser-detection tests/webview.php (github.com/foroco/php-browser-detection)",
    expect: { bot: false, in_app: "facebook", os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 10_3_3 like Mac OS X) AppleWebKit/603.3.8 (KHTML, like Gecko) Mobile/14G60 [FBAN/FBIOS;FBAV/167.0.0.50.95;FBBV/102293131;FBDV/iPhone5,4;FBMD/iPhone;FBSN/iOS;FBSV/10.3.3;FBSS/2;FBCR/NOS;FBID/phone;FBLC/en_GB;FBOP/5;FBRV/104064853]",
    seen: "php-browser-detection tests/webview.php (github.com/foroco/php-browser-detection)",
    expect: { bot: false, in_app: "facebook", os: "ios", os_version: "10.3.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.0.2; D5803 Build/23.1.A.1.28; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/43.0.2357.121 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/36.0.0.39.166;]",
    seen: "Mobile-Detect issue #423 (github.com/serbanghita/Mobile-Detect/issues/423), logged from a Sony Z3 Compact",
    expect: { bot: false, in_app: "facebook", os: "android", os_version: "5.0.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 8_2 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Mobile/12D508 [FBAN/FBIOS;FBAV/27.0.0.10.12;FBBV/8291884;FBDV/iPhone7,1;FBMD/iPhone;FBSN/iPhone OS;FBSV/8.2;FBSS/3; FBCR/vodafoneIE;FBID/phone;FBLC/en_US;FBOP/5]",
    seen: "Telegram-iOS issue #736 (github.com/TelegramMessenger/Telegram-iOS/issues/736), quoted as the Facebook example",
    expect: { bot: false, in_app: "facebook", os: "ios", os_version: "8.2", mobile: true },
  },
  // messenger
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 10_2_1 like Mac OS X) AppleWebKit/602.4.6 (KHTML, like Gecko) Mobile/14D27 [FBAN/MessengerForiOS;FBAV/117.0.0.36.70;FBBV/57539258;FBDV/iPhone7,2;FBMD/iPhone;FBSN/iOS;FBSV/10.2.1;FBSS/2;FBCR/&#20013-&#33775-&#38651-&#20449-;FBID/phone;FBLC/zh_TW;FBOP/5;FBRV/0]",
    seen: "detect-inapp src/__test__/inapp.test.js (github.com/f2etw/detect-inapp)",
    expect: { bot: false, in_app: "messenger", os: "ios", os_version: "10.2.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 10_3_1 like Mac OS X) AppleWebKit/603.1.30 (KHTML, like Gecko) Mobile/14E304 [FBAN/MessengerForiOS;FBAV/117.0.0.36.70;FBBV/57539258;FBDV/iPad4,4;FBMD/iPad;FBSN/iOS;FBSV/10.3.1;FBSS/2;FBCR/;FBID/tablet;FBLC/zh_TW;FBOP/5;FBRV/0]",
    seen: "detect-inapp src/__test__/inapp.test.js (github.com/f2etw/detect-inapp)",
    expect: { bot: false, in_app: "messenger", os: "ipados", os_version: "10.3.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0.1; D6653 Build/23.5.A.0.575; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/58.0.3029.83 Mobile Safari/537.36 [FB_IAB/MESSENGER;FBAV/118.0.0.19.82;]",
    seen: "detect-inapp src/__test__/inapp.test.js (github.com/f2etw/detect-inapp)",
    expect: { bot: false, in_app: "messenger", os: "android", os_version: "6.0.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 10_3_3 like Mac OS X) AppleWebKit/603.3.8 (KHTML, like Gecko) Mobile/14G60 [FBAN/MessengerForiOS;FBAV/132.0.0.41.90;FBBV/69171754;FBDV/iPhone8,4;FBMD/iPhone;FBSN/iOS;FBSV/10.3.3;FBSS/2;FBCR/Koodo;FBID/phone;FBLC/en_US;FBOP/5;FBRV/0]",
    seen: "device-detector Tests/fixtures/mobile_apps.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "messenger", os: "ios", os_version: "10.3.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 10_1_1 like Mac OS X) AppleWebKit/602.2.14 (KHTML, like Gecko) Mobile/14B100 [FBAN/MessengerForiOS;FBAV/122.0.0.40.69;FBBV/61279955;FBDV/iPad4,1;FBMD/iPad;FBSN/iOS;FBSV/10.1.1;FBSS/2;FBCR/;FBID/tablet;FBLC/vi_VN;FBOP/5;FBRV/0]",
    seen: "device-detector Tests/fixtures/mobile_apps.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "messenger", os: "ipados", os_version: "10.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1.1; SM-T280 Build/LMY47V; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/57.0.2987.132 Safari/537.36 [FB_IAB/MESSENGER;FBAV/112.0.0.17.70;]",
    seen: 'device-detector Tests/fixtures/mobile_apps.yml (github.com/matomo-org/device-detector); a Galaxy Tab: no "Mobile"',
    expect: { bot: false, in_app: "messenger", os: "android", os_version: "5.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; SM-A525M Build/RP1A.200720.012; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/87.0.4280.141 Mobile Safari/537.36 [FB_IAB/Orca-Android;FBAV/349.0.0.7.108;]",
    seen: "device-detector Tests/fixtures/clienthints-app.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "messenger", os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; moto g(7) play Build/QPYS30.52-22-9; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/86.0.4240.110 Mobile Safari/537.36 [FB_IAB/Orca-Android;FBAV/288.0.0.15.118;]",
    seen: "device-detector Tests/fixtures/smartphone-24.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "messenger", os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 16_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 LightSpeed [FBAN/MessengerLiteForiOS;FBAV/410.0.0.23.86;FBBV/477357144;FBDV/iPhone14,7;FBMD/iPhone;FBSN/iOS;FBSV/16.2;FBSS/3;FBCR/;FBID/phone;FBLC/en-GB;FBOP/0",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: "messenger", os: "ios", os_version: "16.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 14_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 LightSpeed [FBAN/MessengerLiteForiOS;FBAV/335.1.0.54.71;FBBV/327105523;FBDV/iPhone9,2;FBMD/iPhone;FBSN/iOS;FBSV/14.8;FBSS/3;FBCR/;FBID/phone;FBLC",
    seen: "device-detector Tests/fixtures/phablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "messenger", os: "ios", os_version: "14.8", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 13_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 LightSpeed [FBAN/MessengerLiteForiOS;FBAV/248.0.0.16.123;FBBV/193428402;FBDV/iPhone11,2;FBMD/iPhone;FBSN/iOS;FBSV/13.7;FBSS/3;FBCR/;FBID/phone;FBLC/cs_CZ;FBOP/0]",
    seen: "php-browser-detection tests/ios_webview.php (github.com/foroco/php-browser-detection)",
    expect: { bot: false, in_app: "messenger", os: "ios", os_version: "13.7", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 13_1_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/MessengerForiOS;FBAV/243.0.0.43.118;FBBV/185083733;FBDV/iPad5,3;FBMD/iPad;FBSN/iOS;FBSV/13.1.3;FBSS/2;FBID/tablet;FBLC/es_ES;FBOP/5]",
    seen: "php-browser-detection tests/new.php (github.com/foroco/php-browser-detection)",
    expect: { bot: false, in_app: "messenger", os: "ipados", os_version: "13.1.3", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; SM-G973F Build/QP1A.190711.020; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/83.0.4103.106 Mobile Safari/537.36 [FB_IAB/MESSENGER;FBAV/359.0.0.30.118;;]",
    seen: "php-browser-detection tests/new.php (github.com/foroco/php-browser-detection)",
    expect: { bot: false, in_app: "messenger", os: "android", os_version: "10", mobile: true },
  },
  // instagram
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/22B83 Instagram 354.0.0.29.90 (iPhone12,8; iOS 18_1; en_US; en; scale=2.00; 750x1334; 654111336; IABMV/1)",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: "instagram", os: "ios", os_version: "18.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/22F76 Instagram 393.1.0.36.70 (iPhone15,3; iOS 18_5; en_US; en; scale=3.00; 1290x2796; IABMV/1; 776538208) Safari/604.1)",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: "instagram", os: "ios", os_version: "18.5", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; Mi A3 Build/RKQ1.200903.002; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/131.0.6778.14 Mobile Safari/537.36 Instagram 355.0.0.37.103 Android (30/11; 320dpi; 720x1411; Xiaomi; Mi A3; laurel_sprout; qcom; pt_BR; 657300861)",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: "instagram", os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240905.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.58 Mobile Safari/537.36 Instagram 355.1.0.44.103 Android (34/14; 420dpi; 1080x2205; Google/google; Pixel 8; shiba; shiba; en_US; 658190016)",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: "instagram", os: "android", os_version: "14", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0.1; SM-N9208 Build/MMB29K; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/58.0.3029.83 Mobile Safari/537.36 Instagram 10.22.0 Android (23/6.0.1; 560dpi; 1440x2560; samsung; SM-N9208; noblelte; samsungexynos7420; zh_TW)",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: "instagram", os: "android", os_version: "6.0.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 14_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 142.0.0.22.109 (iPhone12,5; iOS 14_1; en_US; en-US; scale=3.00; 1242x2688; 214888322) NW/1",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "instagram", os: "ios", os_version: "14.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 12_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/16A366 Instagram 66.0.0.14.101 (iPhone10,2; iOS 12_0; pt_BR; pt-BR; scale=2.61; gamut=wide; 1080x1920; 126719886)",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: "instagram", os: "ios", os_version: "12.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML,like Gecko) Mobile/21F79 Instagram 330.0.3.29.91 (iPhone14,3; iOS 17_5; en_IR@calendar=gregorian; en; scale=3.00; 1125x2436; 595323416)",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: "instagram", os: "ios", os_version: "17.5", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 12; moto g(50) 5G Build/S1RSS32.38-20-9-13; wv) AppleWebKit/537.36 (KHTML,like Gecko) Version/4.0 Chrome/124.0.6367.180 Mobile Safari/537.36 Instagram 333.0.0.42.91 Android (31/12; 280dpi; 720x1462; motorola; moto g(50) 5G; saipan; mt6833; pt_BR; 604247853)",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: "instagram", os: "android", os_version: "12", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 15; CPH2557 Build/AP3A.240617.008; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/142.0.7444.142 Mobile Safari/537.36 Instagram 406.0.0.58.159 Android (35/15; 480dpi; 1080x2400; OPPO; CPH2557; OP573DL1; mt6833; en_MY; 822918295; IABMV/1) NV/1",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: "instagram", os: "android", os_version: "15", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 11_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E302 Instagram 46.0.0.14.96 (iPad6,11; iOS 11_3_1; en_150; en-150; scale=2.00; gamut=normal; 960x640)",
    seen: "device-detector Tests/fixtures/tablet-10.yml (github.com/matomo-org/device-detector); an iPad running the iPhone app: the app names the iPad model",
    expect: { bot: false, in_app: "instagram", os: "ipados", os_version: "11.3", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 13_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 148.0.0.26.120 (iPad7,3; iOS 13_5_1; en_US; en-US; scale=2.00; 750x1334; 226453516)",
    seen: "device-detector Tests/fixtures/tablet-5.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "instagram", os: "ipados", os_version: "13.5.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 12_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/16B92 Instagram 70.1.0.15.98 (iPhone10,2; iOS 12_1; en_US; en-US; scale=2.61; gamut=wide; 1080x1920; 130350235)",
    seen: "bowser issue #140 (github.com/bowser-js/bowser/issues/140), from an error log",
    expect: { bot: false, in_app: "instagram", os: "ios", os_version: "12.1", mobile: true },
  },
  // threads
  {
    ua: "Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240905.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.58 Mobile Safari/537.36 Barcelona 355.0.0.39.109 Android (34/14; 420dpi; 1080x2205; Google/google; Pixel 8; shiba; shiba; en_US; 657318936)",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: "threads", os: "android", os_version: "14", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 26_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/23D8133 Barcelona 379.0.0.26.99 (iPhone18,5; iOS 26_3_1; en_GB; en-GB; scale=3.00; 1170x2532; 729743846)",
    seen: "device-detector Tests/fixtures/phablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "threads", os: "ios", os_version: "26.3.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 14; SM-S928N Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/122.0.6261.119 Mobile Safari/537.36 Barcelona 323.1.0.35.109 Android (34/14; 420dpi; 1080x2138; samsung; SM-S928N; e3q; qcom; ko_KR; 579136510)",
    seen: "device-detector Tests/fixtures/smartphone-38.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "threads", os: "android", os_version: "14", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; X10_Soul Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.186 Mobile Safari/537.36 Barcelona 341.0.0.42.109 Android (33/13; 320dpi; 720x1440; ALLVIEW; X10_Soul; X10_Soul; mt676",
    seen: "device-detector Tests/fixtures/smartphone-40.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "threads", os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 14; SM-S711W Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/135.0.7049.111 Mobile Safari/537.36 Barcelona 377.0.0.41.112 Android (34/14; 450dpi; 1080x2125; samsung; SM-S711W; r11q; qcom; en_CA; 724359173; IABMV/1)",
    seen: "device-detector Tests/fixtures/smartphone-42.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "threads", os: "android", os_version: "14", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 15; Z2464N Build/AP3A.240905.015.A2; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/137.0.7151.88 Mobile Safari/537.36 Barcelona 384.0.0.33.86 Android (35/15; 400dpi; 900x2030; nubia; Z2464N; P780F01; ums9632_1h10; es_MX; 745210318)",
    seen: "device-detector Tests/fixtures/smartphone-42.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "threads", os: "android", os_version: "15", mobile: true },
  },
  // tiktok
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 BytedanceWebview/d8a21c6 musical_ly_33.2.1 JsSdk/2.0 NetType/WIFI Channel/App Store ByteLocale/en Region/US FalconTag/BDB55B46-0286-4504-847E-C8300CB9F79D",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: "tiktok", os: "ios", os_version: "17.3.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari/604.1 musical_ly_41.9.0",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: "tiktok", os: "ios", os_version: "18.6.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/UQ1A.240105.004; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/121.0.6167.143 Mobile Safari/537.36 musical_ly_2023303040 JsSdk/1.0 NetType/WIFI Channel/googleplay AppName/musical_ly app_version/33.3.4 ByteLocale/en ByteFullLocale/en Region/US AppId/1233 Spark/1.5.0.5-alpha.2 AppVersion/33.3.4 BytedanceWebview/d8a21c6",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: "tiktok", os: "android", os_version: "14", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; 21061119AG Build/RP1A.200720.011; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/92.0.4515.131 Mobile Safari/537.36 trill_2022109040 JsSdk/1.0 NetType/MOBILE Channel/googleplay AppName/musical_ly app_version/21.9.4 ByteLocale/ru-RU ByteFullLocale/ru-RU Region/KG BytedanceWebview/d8a21c6",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "tiktok", os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 14_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 musical_ly_21.1.0 JsSdk/2.0 NetType/4G Channel/App Store ByteLocale/ru Region/RU ByteFullLocale/ru-RU isDarkMode/1 WKWebView/1 BytedanceWebview/d8a21c6",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "tiktok", os: "ios", os_version: "14.8", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; STK-LX1 Build/HONORSTK-LX1; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/110.0.5481.153 Mobile Safari/537.36 musical_ly_2022803040 JsSdk/1.0 NetType/WIFI Channel/huaweiadsglobal_int AppName/musical_ly app_version/28.3.4 ByteLocale/en ByteFullLocale/en Region/IQ Spark/1.2.7-alpha.8 AppVersion/28.3.4 PIA/1.5.11 BytedanceWebview/d8a21c6",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "tiktok", os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari/604.1 trill_43.0.0 BytedanceWebview/d8a21c6",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "tiktok", os: "ios", os_version: "18.6.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.0.0; SM-J400F Build/R16NW; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/68.0.3440.91 Mobile Safari/537.36 Channel/release AppName/ultralite app_version/27.2.3 Region/ID ByteLocale/id-ID ByteFullLocale/id-ID",
    seen: "ua-parser-js test/data/ua/extension/inapp.json (github.com/faisalman/ua-parser-js); TikTok Lite",
    expect: { bot: false, in_app: "tiktok", os: "android", os_version: "8.0.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; SM-G973F Build/QQ3A.200805.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/85.0.4183.101 Mobile Safari/537.36 trill_2021806060 JsSdk/1.0 NetType/WIFI Channel/googleplay AppName/musical_ly app_version/18.6.6 ByteLocale/fr ByteFullLocale/fr Region/FR",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: "tiktok", os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; HP Chromebook x360 11 G1 EE Build/R92-13982.69.0; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/92.0.4515.131 Safari/537.36 trill_2022007050 JsSdk/1.0 NetType/WIFI Channel/googleplay AppName/musical_ly app_version/20.7.5 ByteLocale/en ByteFullLocale/en Region/US",
    seen: "device-detector Tests/fixtures/mobile_apps.yml (github.com/matomo-org/device-detector); the Android app on a Chromebook",
    expect: { bot: false, in_app: "tiktok", os: "android", os_version: "9", mobile: false },
  },
  // snapchat
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3.1 Mobile/15E148 Snapchat/12.72.0.39 (like Safari/8617.2.4.10.8, panda)",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: "snapchat", os: "ios", os_version: "17.3.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 16_0_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.0 Mobile/15E148 Snapchat/12.33.0.36 (like Safari/8614.1.25.0.31, panda)",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "snapchat", os: "ios", os_version: "16.0.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 13_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.0.5 Mobile/15E148 Snapchat/10.77.0.54 (like Safari/604.1)",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: "snapchat", os: "ipados", os_version: "13.3.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 13_1_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Snapchat/10.69.5.72 (iPhone11,6; iOS 13.1.3; gzip)",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: "snapchat", os: "ios", os_version: "13.1.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; RMX2001 Build/RP1A.200720.011; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/124.0.6367.179 Mobile Safari/537.36 Snapchat/12.87.0.44 (RMX2001; Android 11#1647528410731#30; gzip; )",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: "snapchat", os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; I2011 Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/125.0.6422.54 Mobile Safari/537.36 Snapchat/12.89.0.40 (I2011; Android 13#eng.compil.20240430.095616#33; gzip; )",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: "snapchat", os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; M2006C3LG Build/QP1A.190711.020; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/96.0.4664.104 Mobile Safari/537.36Snapchat11.59.0.35 (M2006C3LG; Android 10#V12.0.17.0.QCDMIXM#29; gzip)",
    seen: "device-detector Tests/fixtures/clienthints-app.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "snapchat", os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 12; Pixel 6 Pro Build/SQ3A.220605.009.A1; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/102.0.5005.125 Mobile Safari/537.36Snapchat11.83.0.31 (Pixel 6 Pro; Android 12#8643238#32; gzip; )",
    seen: "device-detector Tests/fixtures/mobile_apps.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "snapchat", os: "android", os_version: "12", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 15_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.2 Mobile/15E148 Snapchat/11.68.0.37 (like Safari/8612.3.6.0.4, panda)",
    seen: "php-browser-detection tests/new.php (github.com/foroco/php-browser-detection)",
    expect: { bot: false, in_app: "snapchat", os: "ios", os_version: "15.2", mobile: true },
  },
  // linkedin
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 15_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [LinkedInApp]",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "linkedin", os: "ios", os_version: "15.4.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 12_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [LinkedInApp]",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: "linkedin", os: "ios", os_version: "12.4.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 15; SM-A146P Build/AP3A.240905.015.A2; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/140.0.7339.207 Mobile Safari/537.36 [LinkedInApp]/2.200.63",
    seen: "device-detector Tests/fixtures/clienthints-app.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "linkedin", os: "android", os_version: "15", mobile: true },
  },
  // twitter
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 10_2_1 like Mac OS X) AppleWebKit/602.3.12 (KHTML, like Gecko) Mobile/14D27 Twitter for iPhone",
    seen: "detect-inapp src/__test__/inapp.test.js (github.com/f2etw/detect-inapp)",
    expect: { bot: false, in_app: "twitter", os: "ios", os_version: "10.2.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; CPH2531 Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/123.0.6312.120 Mobile Safari/537.36 TwitterAndroid",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "twitter", os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 15_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/19H12 Twitter for iPhone/10.34",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "twitter", os: "ipados", os_version: "15.7", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 13_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/17D50 Twitter for iPhone/8.10",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: "twitter", os: "ios", os_version: "13.3.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 9_3_2 like Mac OS X) AppleWebKit/601.1.46 (KHTML, like Gecko) Mobile/13F69 Twitter for iPhone",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: "twitter", os: "ios", os_version: "9.3.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 15; SM-F741U Build/AP3A.240905.015.A2; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/135.0.7049.111 Mobile Safari/537.36 TwitterAndroid",
    seen: "device-detector Tests/fixtures/phablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "twitter", os: "android", os_version: "15", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; V12E-LTE-8128 Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/125.0.6422.165 Safari/537.36 TwitterAndroid",
    seen: "device-detector Tests/fixtures/tablet-11.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "twitter", os: "android", os_version: "13", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 15_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/19F77 Twitter for iPhone/9.14",
    seen: "php-browser-detection tests/new.php (github.com/foroco/php-browser-detection)",
    expect: { bot: false, in_app: "twitter", os: "ios", os_version: "15.5", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; SM-A127F Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/104.0.5112.97 Mobile Safari/537.36 TwitterAndroid",
    seen: "php-browser-detection tests/new.php (github.com/foroco/php-browser-detection)",
    expect: { bot: false, in_app: "twitter", os: "android", os_version: "13", mobile: true },
  },
  // pinterest
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 6_1_3 like Mac OS X) AppleWebKit/536.26 (KHTML, like Gecko) Mobile/10B329 [Pinterest/iOS]",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: "pinterest", os: "ipados", os_version: "6.1.3", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1; HUAWEI LUA-L23 Build/HUAWEILUA-L23; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/69.0.3497.100 Mobile Safari/537.36 [Pinterest/Android]",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: "pinterest", os: "android", os_version: "5.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; STF-L09 Build/HUAWEISTF-L09; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/79.0.3945.79 Mobile Safari/537.36 [Pinterest/Android]",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: "pinterest", os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.1; Acer Chromebook R11 (CB5-132T, C738T) Build/R78-12499.51.0; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/78.0.3904.96 Safari/537.36 [Pinterest/Android]",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: "pinterest", os: "android", os_version: "7.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; BL5000 Build/NRD90M; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/63.0.3239.111 Mobile Safari/537.36 [Pinterest/Android]",
    seen: "device-detector Tests/fixtures/smartphone-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "pinterest", os: "android", os_version: "7.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 16_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [Pinterest/iOS]",
    seen: "php-browser-detection tests/new.php (github.com/foroco/php-browser-detection)",
    expect: { bot: false, in_app: "pinterest", os: "ios", os_version: "16.1.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; SM-A202F Build/RP1A.200720.012; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/87.0.4280.141 Mobile Safari/537.36 [Pinterest/Android]",
    seen: "php-browser-detection tests/new.php (github.com/foroco/php-browser-detection)",
    expect: { bot: false, in_app: "pinterest", os: "android", os_version: "11", mobile: true },
  },
  // line
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 10_2_1 like Mac OS X) AppleWebKit/602.4.6 (KHTML, like Gecko) Mobile/14D27 Safari Line/7.3.2",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: "line", os: "ios", os_version: "10.2.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0.1; SM-N9208 Build/MMB29K; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/58.0.3029.83 Mobile Safari/537.36 Line/7.4.0/IAB",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: "line", os: "android", os_version: "6.0.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 10_3_1 like Mac OS X) AppleWebKit/603.1.30 (KHTML, like Gecko) Mobile/14E304 Safari Line/7.3.0",
    seen: "inapp-spy src/tests/tablet.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: "line", os: "ipados", os_version: "10.3.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.0; ASUS_Z00AD Build/LRX21V; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/51.0.2704.81 Mobile Safari/537.36 Line/6.5.1/IAB",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "line", os: "android", os_version: "5.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 11_2_6 like Mac OS X) AppleWebKit/604.5.6 (KHTML, like Gecko) Mobile/15D100 Safari Line/8.4.1",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "line", os: "ios", os_version: "11.2.6", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; SC-42A Build/RP1A.200720.012; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/108.0.5359.128 Mobile Safari/537.36 Line/12.21.1/IAB",
    seen: "device-detector Tests/fixtures/clienthints-app.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "line", os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 15_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/12.12.0",
    seen: "php-browser-detection tests/new.php (github.com/foroco/php-browser-detection)",
    expect: { bot: false, in_app: "line", os: "ios", os_version: "15.7", mobile: true },
  },
  // wechat
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 10_2_1 like Mac OS X) AppleWebKit/602.4.6 (KHTML, like Gecko) Mobile/14D27 MicroMessenger/6.5.8 NetType/WIFI Language/zh_CN",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: "wechat", os: "ios", os_version: "10.2.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0.1; D6653 Build/23.5.A.0.575; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/58.0.3029.83 Mobile Safari/537.36 MicroMessenger/6.5.7.1041 NetType/WIFI Language/zh_TW",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: "wechat", os: "android", os_version: "6.0.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 10_3_1 like Mac OS X) AppleWebKit/603.1.30 (KHTML, like Gecko) Mobile/14E304 MicroMessenger/6.5.8 NetType/WIFI Language/zh_TW",
    seen: "inapp-spy src/tests/tablet.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: "wechat", os: "ipados", os_version: "10.3.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 8_4_1 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Mobile/12H321 MicroMessenger/6.3.6 NetType/WIFI Language/zh_CN",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "wechat", os: "ios", os_version: "8.4.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 5.1; zh-cn; Lenovo K50-t5 Build/LMY47D) AppleWebKit/533.1 (KHTML, like Gecko)Version/4.0 MQQBrowser/5.4 TBS/025478 Mobile Safari/533.1 MicroMessenger/6.3.5.50_r1573191.640 NetType/WIFI Language/zh_CN",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "wechat", os: "android", os_version: "5.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/39.0.2171.95 Safari/537.36 MicroMessenger/6.5.2.501 NetType/WIFI WindowsWechat QBCore/3.43.901.400 QQBrowser/9.0.2524.400",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js); WeChat for Windows",
    expect: { bot: false, in_app: "wechat", os: "windows", os_version: "6.1", mobile: false },
  },
  {
    ua: "mozilla/5.0 (windows nt 6.1; wow64) applewebkit/537.36 (khtml, like gecko) chrome/81.0.4044.138 safari/537.36 nettype/wifi micromessenger/7.0.20.1781(0x6700143b) windowswechat",
    seen: "ua-parser-js test/data/ua/os/windows.json (github.com/faisalman/ua-parser-js); all lower case",
    expect: { bot: false, in_app: "wechat", os: "windows", os_version: "6.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; SM-G965F Build/PPR1.180610.011; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/78.0.3904.62 XWEB/2889 MMWEBSDK/20210902 Mobile Safari/537.36 MMWEBID/4096 MicroMessenger/8.0.15.2001(0x28000F41) Process/toolsmp WeChat/arm64 Weixin GPVersion/1 NetType/WIFI Language/en ABI/arm64",
    seen: "device-detector Tests/fixtures/clienthints-app.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "wechat", os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 10_3_3 like Mac OS X) AppleWebKit/603.3.8 (KHTML, like Gecko) Mobile/14G60 wxwork/2.1.5 MicroMessenger/6.3.22",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot); WeChat Work",
    expect: { bot: false, in_app: "wechat", os: "ios", os_version: "10.3.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPad; U; CPU OS 9 like Mac OS X; en-us; iPad4,4) AppleWebKit/534.46 (KHTML, like Gecko) MicroMessenger/6.5.2.501 U3/1 Safari/7543.48.3",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser)",
    expect: { bot: false, in_app: "wechat", os: "ipados", os_version: "9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.1.2; en-us; SM-T210R Build/JZO54K) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Safari/534.30 MicroMessenger/6.1.0",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser)",
    expect: { bot: false, in_app: "wechat", os: "android", os_version: "4.1.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; PDBM00 Build/PPR1.180610.011; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5015 MMWEBSDK/20221206 MMWEBID/318 MicroMessenger/8.0.32.2300(0x28002037) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64",
    seen: "php-browser-detection tests/new.php (github.com/foroco/php-browser-detection)",
    expect: { bot: false, in_app: "wechat", os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/98.0.4758.102 Safari/537.36 NetType/WIFI MicroMessenger/6.8.0(0x16080000) MacWechat/3.8.1(0x13080111) XWEB/30626 Flue",
    seen: "php-browser-detection tests/new.php (github.com/foroco/php-browser-detection); WeChat for Mac",
    expect: { bot: false, in_app: "wechat", os: "macos", os_version: "10.15.7", mobile: false },
  },
  // whatsapp (in-app browser)
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 26_0_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0.1 Mobile/15E148 Safari/604.1 [WAiOS/2.25.31]",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: "whatsapp", os: "ios", os_version: "26.0.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.7390.124 Mobile Safari/537.36 [WA4A/2.25.32.75;]",
    seen: 'inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy); Chrome\'s reduced "Android 10; K": no version',
    expect: { bot: false, in_app: "whatsapp", os: "android", os_version: null, mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 26_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.6 Mobile/15E148 Safari/604.1 [WAiOS/2.26.31]",
    seen: "a test fixture in a public GitHub repository, annotated there as measured on a real iPhone on 2026-08-15 (found with the GitHub exact-string index, which does not name the repository)",
    expect: { bot: false, in_app: "whatsapp", os: "ios", os_version: "26.6", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 15; moto g15 Build/VVTA35.51-158; ) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/153.0.8010.36 Mobile Safari/537.36 WA4A/2.26.37.73",
    seen: 'a test fixture in a public GitHub repository, annotated there as a real log line of 2026-09-25 (found with the GitHub exact-string index, which does not name the repository); note the empty "; )" where a web view says "; wv)"',
    expect: { bot: false, in_app: "whatsapp", os: "android", os_version: "15", mobile: true },
  },
  // telegram
  {
    ua: "Mozilla/5.0 (Linux; Android 11; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.70 Mobile Safari/537.36 Telegram-Android/11.2.1 (Tecno mobile limited TECNO CH7n; Android 11; SDK 30; AVERAGE)",
    seen: "intoli/user-agents issue #78 (github.com/intoli/user-agents/issues/78)",
    expect: { bot: false, in_app: "telegram", os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 14; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.100 Mobile Safari/537.36",
    seen: "inapp-spy issue #30 (github.com/shalanah/inapp-spy/issues/30)",
    expect: { bot: false, in_app: null, os: "android", os_version: "14", mobile: true },
    known_miss: { truth: { in_app: "telegram" }, why: "Telegram on Android without its X-Requested-With header leaves no mark" },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.7499.192 Mobile Safari/537.36 Telegram-Android/12.3.1 (Oppo CPH2271; Android 13; SDK 33; AVERAGE)",
    seen: "a sessions table dumped as SQL in a public GitHub repository (found with the GitHub exact-string index, which does not name the repository)",
    expect: { bot: false, in_app: "telegram", os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 16; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/151.0.7922.199 Mobile Safari/537.36 Telegram-Android/12.10.0 (Samsung SM-S901U1; Android 16; SDK 36; HIGH)",
    seen: "a sessions table dumped as tab-separated text in a public GitHub repository (found with the GitHub exact-string index, which does not name the repository)",
    expect: { bot: false, in_app: "telegram", os: "android", os_version: "16", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/22B5045g Safari/604.1",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy); Telegram on iOS",
    expect: { bot: false, in_app: null, os: "ios", os_version: "18.1", mobile: true },
    known_miss: { truth: { in_app: "telegram" }, why: "Telegram on iOS sends Safari's own string" },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; Pixel 3) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/92.0.4515.131 Mobile Safari/537.36",
    hints: { "x-requested-with": "org.telegram.messenger" },
    seen: "device-detector Tests/fixtures/clienthints-app.yml (github.com/matomo-org/device-detector); Telegram, named only by its X-Requested-With header",
    expect: { bot: false, in_app: "telegram", os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 14; K) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/127.0.6533.103 Mobile Safari/537.36",
    hints: { "x-requested-with": "org.telegram.messenger.web" },
    seen: "device-detector Tests/fixtures/clienthints-app.yml (github.com/matomo-org/device-detector); Telegram Web, named only by its X-Requested-With header",
    expect: { bot: false, in_app: "telegram", os: "android", os_version: "14", mobile: true },
  },
  // gsa
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) GSA/334.0.674067880 Mobile/15E148 Safari/604.1",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: "gsa", os: "ios", os_version: "18.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 10_3_2 like Mac OS X) AppleWebKit/602.1.50 (KHTML, like Gecko) GSA/30.1.161623614 Mobile/14F89 Safari/602.1",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "gsa", os: "ios", os_version: "10.3.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0; M5s Build/MRA58K; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/44.0.2403.147 Mobile Safari/537.36 GSA/12.40.17.23.arm64",
    seen: "ua-parser-js test/data/ua/cpu/cpu-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "gsa", os: "android", os_version: "6.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 9_1 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) GSA/10.0.63022 Mobile/13B143 Safari/600.1.4",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: "gsa", os: "ipados", os_version: "9.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 13_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) GSA/102.0.304944559 Mobile/15E148 Safari/604.1",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: "gsa", os: "ios", os_version: "13.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0.1; SM-G532M Build/MMB29T; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/88.0.4324.181 Mobile Safari/537.36 GoogleApp/12.4.9.23.arm",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot); the Google app's newer Android token",
    expect: { bot: false, in_app: "gsa", os: "android", os_version: "6.0.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 12_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) GSA/83.0.268992909 Mobile/15E148 Safari/605.1",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser)",
    expect: { bot: false, in_app: "gsa", os: "ios", os_version: "12.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; SM-N9860 Build/QP1A.190711.020; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/85.0.4183.127 Mobile Safari/537.36 GSA/11.30.9.21.arm64",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "gsa", os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.2.1; it-it; Dynamic_Maxi Build/JOP40D) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30 GSA/3.4.16.1149292.arm",
    seen: "device-detector Tests/fixtures/smartphone-10.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "gsa", os: "android", os_version: "4.2.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 7.1.1; fr-fr; Chromebook 14 (CB3-431) Build/R66-10452.99.0) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Safari/534.30 GSA/8.7.11.21.x86 CrosArc/4808754 (edgar)",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector); the Android app on a Chromebook",
    expect: { bot: false, in_app: "gsa", os: "android", os_version: "7.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 10_3_4 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) GSA/9.0.60246 Mobile/14G61 Safari/600.1.4",
    seen: "php-browser-detection tests/ios_webview.php (github.com/foroco/php-browser-detection)",
    expect: { bot: false, in_app: "gsa", os: "ipados", os_version: "10.3.4", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 12_0_1 like Mac OS X) AppleWebKit/604.1.34 (KHTML, like Gecko) GSA/61.0.217752169 Mobile/16A404 Safari/604.1",
    seen: "bowser issue #140 (github.com/bowser-js/bowser/issues/140), from an error log",
    expect: { bot: false, in_app: "gsa", os: "ios", os_version: "12.0.1", mobile: true },
  },
  // unnamed embedded views
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1.1; Nexus 5 Build/LMY48B; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/43.0.2357.65 Mobile Safari/537.36",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "webview", os: "android", os_version: "5.1.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 12; moto g(60)s Build/S3RLS32.114-25-13; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 Klarna/23.36.215",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "klarna", os: "android", os_version: "12", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 16_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Klarna/23.36.223",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "klarna", os: "ios", os_version: "16.6.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 13_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Zalo/20.05.01 Mobile/15E148",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "zalo", os: "ios", os_version: "13.5.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; Vsmart Live Build/QKQ1.190918.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/78.0.3904.108 Mobile Safari/537.36 Zalo/20.04.02.r1",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "zalo", os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 12; SM-G988N Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/100.0.4896.79 Mobile Safari/537.36;KAKAOTALK 2409760",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "kakaotalk", os: "android", os_version: "12", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU; iPhone OS 15_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 BizWebView KAKAOTALK 9.7.6",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "kakaotalk", os: "ios", os_version: "15.4.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; SM-G991B Build/RP1A.200720.012; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/91.0.4472.120 Mobile Safari/537.36 EdgW/1.0",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js); Microsoft Edge WebView2",
    expect: { bot: false, in_app: "webview", os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 TeamsMobile-iOS",
    seen: "ua-parser-js test/data/ua/extension/inapp.json (github.com/faisalman/ua-parser-js); Microsoft Teams",
    expect: { bot: false, in_app: "webview", os: "ios", os_version: "18.5", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 16_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 TeamsMobile-iOS",
    seen: "ua-parser-js test/data/ua/extension/inapp.json (github.com/faisalman/ua-parser-js); Microsoft Teams",
    expect: { bot: false, in_app: "webview", os: "ipados", os_version: "16.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; SM-G610F Build/M1AJQ; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/87.0.4280.101 Mobile Safari/537.36 TeamsMobile-Android",
    seen: "ua-parser-js test/data/ua/extension/inapp.json (github.com/faisalman/ua-parser-js); Microsoft Teams",
    expect: { bot: false, in_app: "webview", os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 18_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 YJApp-IOS jp.co.yahoo.ipn.appli/4.131.0",
    seen: "ua-parser-js test/data/ua/extension/inapp.json (github.com/faisalman/ua-parser-js); Yahoo! Japan",
    expect: { bot: false, in_app: "webview", os: "ipados", os_version: "18.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 26_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 GoogleWv/1.0 (WKWebView) GeminiiOS/1.2026.2270600",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot); Gemini",
    expect: { bot: false, in_app: "webview", os: "ios", os_version: "26.5", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 12_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot); listed there as WebKit: an app's WKWebView",
    expect: { bot: false, in_app: "webview", os: "ios", os_version: "12.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 11_2_5 like Mac OS X) AppleWebKit/604.5.6 (KHTML, like Gecko) Mobile/15D60",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: null, os: "ipados", os_version: "11.2.5", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_5) AppleWebKit/605.1.15 (KHTML, like Gecko)",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot); an app's WKWebView with the Mac User-Agent, on a Mac or an iPad",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.14.5", mobile: false },
    known_miss: { truth: { in_app: "webview" }, why: "an app's WKWebView with the Mac User-Agent looks like Safari" },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 7_0_4 like Mac OS X) AppleWebKit/537.51.1 (KHTML, like Gecko) Mobile/11B554a",
    seen: 'bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser); listed there as Safari, but without "Safari/": a UIWebView or a home-screen web app',
    expect: { bot: false, in_app: null, os: "ios", os_version: "7.0.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 12_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/16B92",
    seen: "bowser issue #140 (github.com/bowser-js/bowser/issues/140), from an error log",
    expect: { bot: false, in_app: "webview", os: "ios", os_version: "12.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 13_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    seen: "php-browser-detection tests/ios_webview.php (github.com/foroco/php-browser-detection)",
    expect: { bot: false, in_app: "webview", os: "ios", os_version: "13.5", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 14_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 SRCHAPP",
    seen: "php-browser-detection tests/ios_webview.php (github.com/foroco/php-browser-detection)",
    expect: { bot: false, in_app: "webview", os: "ios", os_version: "14.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 SP-engine/2.85.0 main/1.0 baiduboxapp/13.47.0.10 (Baidu; P2 17.1.2) NABar/1.0 themeUA=Theme/default",
    seen: "php-browser-detection tests/ios_webview.php (github.com/foroco/php-browser-detection)",
    expect: { bot: false, in_app: "webview", os: "ios", os_version: "17.1.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)",
    seen: "php-browser-detection tests/desktop_mode.php (github.com/foroco/php-browser-detection)",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.15.7", mobile: false },
    known_miss: { truth: { in_app: "webview" }, why: "an app's WKWebView with the Mac User-Agent looks like Safari" },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 15; REA-NX9 Build/HONORREA-N39; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/143.0.7499.192 Mobile Safari/537.36",
    hints: { "Sec-CH-UA": '"Android WebView";v="143", "Chromium";v="143", "Not A(Brand";v="24"', "Sec-CH-UA-Platform": '"Android"' },
    seen: "device-detector Tests/fixtures/clienthints-app.yml (github.com/matomo-org/device-detector); with the client hints it was captured with",
    expect: { bot: false, in_app: "webview", os: "android", os_version: "15", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/47.0.2526.83 Mobile Safari/537.36",
    hints: { "Sec-CH-UA": '"Android WebView";v="143", "Chromium";v="143", "Not A(Brand";v="24"', "Sec-CH-UA-Platform": '"Android"' },
    seen: 'device-detector Tests/fixtures/clienthints-app.yml (github.com/matomo-org/device-detector); an app that overrides its User-Agent (no "wv", Chrome 47) but not its client hints',
    expect: { bot: false, in_app: "webview", os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 12; M10-11 Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/141.0.7390.122 Safari/537.36",
    hints: { "Sec-CH-UA": '"Android WebView";v="141", "Not?A_Brand";v="8", "Chromium";v="141"', "Sec-CH-UA-Platform": '"Android"' },
    seen: "device-detector Tests/fixtures/clienthints-app.yml (github.com/matomo-org/device-detector); a tablet launcher's web view",
    expect: { bot: false, in_app: "webview", os: "android", os_version: "12", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.1; ONEPLUS A3010 Build/NMF26F; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.193 Mobile Safari/537.36",
    hints: { "Sec-CH-UA": '"Android WebView";v="119", "Chromium";v="119", "Not?A_Brand";v="24"', "Sec-CH-UA-Platform": '"Android"' },
    seen: "device-detector Tests/fixtures/clienthints-app.yml (github.com/matomo-org/device-detector); with the client hints it was captured with",
    expect: { bot: false, in_app: "webview", os: "android", os_version: "7.1.1", mobile: true },
  },
  {
    ua: "finanzapp-native/0.0.1 dogtorance/1.0 Mozilla/5.0 (Linux; Android 15; 24090RA29G Build/AP3A.240905.015.A2; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/143.0.7499.146 Mobile Safari/537.36",
    hints: { "Sec-CH-UA": '"Android WebView";v="143", "Chromium";v="143", "Not A(Brand";v="24"', "Sec-CH-UA-Platform": '"Android"' },
    seen: "device-detector Tests/fixtures/clienthints-app.yml (github.com/matomo-org/device-detector); with the client hints it was captured with",
    expect: { bot: false, in_app: "webview", os: "android", os_version: "15", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; SM-G998B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/114.0.5735.60 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/clienthints-app.yml (github.com/matomo-org/device-detector); YouTube (com.google.android.youtube by X-Requested-With)",
    expect: { bot: false, in_app: "webview", os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile Safari/537.36 AlohaBrowser/5.10.4",
    hints: {
      "Sec-CH-UA": '"Not_A Brand";v="8.0.0.0", "Chromium";v="123.0.6312.118", "Android WebView";v="123.0.6312.118"',
      "Sec-CH-UA-Platform": '"Android"',
      "Sec-CH-UA-Mobile": "?1",
      "Sec-CH-UA-Platform-Version": '"13"',
      "Sec-CH-UA-Model": '"Fairphone FP5"',
    },
    seen: 'device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector), with its client hints; Aloha Browser says "Android WebView" in Sec-CH-UA',
    expect: { bot: false, in_app: "webview", os: "android", os_version: "13", mobile: true },
  },
  // Safari and browsers on iPhone, iPad
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "18.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.4 Mobile/15E148 Safari/604.1",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy); Safari 26 freezes the system version at 18.x",
    expect: { bot: false, in_app: null, os: "ios", os_version: "18.7", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Mobile/15E148 Safari/604.1",
    seen: "ua-parser-js test/data/ua/os/ios.json (github.com/faisalman/ua-parser-js); iOS 26, frozen at 18_6",
    expect: { bot: false, in_app: null, os: "ios", os_version: "18.6", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 10_2_1 like Mac OS X) AppleWebKit/602.4.6 (KHTML, like Gecko) Version/10.0 Mobile/14D27 Safari/602.1",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "10.2.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 9_0 like Mac OS X) AppleWebKit/601.1.46 (KHTML, like Gecko) Version/9.0 Mobile/13A344 Safari/601.1",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "9.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 9_3_1 like Mac OS X) AppleWebKit/601.1.46 (KHTML, like Gecko) Version/9.0 Mobile/13E238 Safari/601.1",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "9.3.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 12_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1 Mobile/15E148 Safari/604.1",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "12.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 13_2_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.0.3 Mobile/15E148 Safari/604.1",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "13.2.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 16_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)  Mobile/15E148 Safari/604.1",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "16.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 15_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6,2 Mobile/15E148 Safari/604.1",
    seen: "php-browser-detection tests/ios.php (github.com/foroco/php-browser-detection)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "15.7", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1",
    seen: "php-browser-detection tests/ios.php (github.com/foroco/php-browser-detection)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "18.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 12 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1 Mobile/15E148 Safari/604.1",
    seen: "php-browser-detection tests/ios.php (github.com/foroco/php-browser-detection)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "12", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPod touch; CPU iPhone OS 7_0_4 like Mac OS X) AppleWebKit/537.51.1 (KHTML, like Gecko) Version/7.0 Mobile/11B554a Safari/9537.53",
    seen: "ua-parser-js test/data/ua/device/apple.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "7.0.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1 (Ecosia ios@9.2.3.1367)",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot); Ecosia",
    expect: { bot: false, in_app: null, os: "ios", os_version: "17.4.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 12_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.1 Mobile/15E148 Safari/604.1",
    seen: "react-device-detect issue #38 (github.com/duskload/react-device-detect/issues/38)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "12.3.1", mobile: true },
    known_miss: { truth: { in_app: "slack" }, why: "Slack's Safari view on iOS sends Safari's own string" },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 11_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/11.0 Mobile/15E148 Safari/604.1",
    seen: "intoli/user-agents src/user-agents.json (github.com/intoli/user-agents)",
    expect: { bot: false, in_app: null, os: "ipados", os_version: "11.4.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 10_3_1 like Mac OS X) AppleWebKit/603.1.30 (KHTML, like Gecko) Version/10.0 Mobile/14E304 Safari/602.1",
    seen: "inapp-spy src/tests/tablet.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: null, os: "ipados", os_version: "10.3.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    seen: "inapp-spy src/tests/tablet.ts (github.com/shalanah/inapp-spy); an iPad asking for the desktop site",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.15.7", mobile: false },
    known_miss: { truth: { os: "ipados" }, why: "an iPad asking for the desktop site sends the Mac User-Agent" },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 7_0_4 like Mac OS X) AppleWebKit/537.51.1 (KHTML, like Gecko) Version/7.0 Mobile/11B554a Safari/9537.53",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser)",
    expect: { bot: false, in_app: null, os: "ipados", os_version: "7.0.4", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 10_1_1 like Mac OS X) AppleWebKit/602.2.14 (KHTML, like Gecko) Version/10.0 Mobile/14B100 Safari/602.1",
    seen: "php-browser-detection tests/ios.php (github.com/foroco/php-browser-detection)",
    expect: { bot: false, in_app: null, os: "ipados", os_version: "10.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.0.1 Mobile/15E148 Safari/604.1",
    seen: "php-browser-detection tests/desktop_mode.php (github.com/foroco/php-browser-detection); an iPad in desktop mode that kept iOS's Mobile/ build token",
    expect: { bot: false, in_app: null, os: "ipados", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 10_2_1 like Mac OS X) AppleWebKit/602.1.50 (KHTML, like Gecko) CriOS/58.0.3029.113 Mobile/14D27 Safari/602.1",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "10.2.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/128.0.6613.98 Mobile/15E148 Safari/604.1",
    seen: "php-browser-detection tests/ios.php (github.com/foroco/php-browser-detection)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "17.6.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 9_3_1 like Mac OS X) AppleWebKit/601.1 (KHTML, like Gecko) CriOS/50.0.2661.95 Mobile/13E238 Safari/601.1.46",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "9.3.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPad13,10; CPU OS 16_6_2 like Mac OS X) AppleWebKit/602.3 (KHTML, like Gecko) CriOS/97.0.0.5927.72 Mobile/11S296 Safari/602.3",
    seen: "ua-parser-js test/data/ua/device/apple.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: null, os: "ipados", os_version: "16.6.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 10_3_1 like Mac OS X) AppleWebKit/602.1.50 (KHTML, like Gecko) CriOS/58.0.3029.83 Mobile/14E304 Safari/602.1",
    seen: "inapp-spy src/tests/tablet.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: null, os: "ipados", os_version: "10.3.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_13_5) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/117 Version/11.1.1 Safari/605.1.15",
    seen: "php-browser-detection tests/new.php (github.com/foroco/php-browser-detection); Chrome on an iPad in desktop mode: CriOS in a Mac User-Agent",
    expect: { bot: false, in_app: null, os: "ipados", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/130.1  Mobile/15E148 Safari/605.1.15",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "18.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 16_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/112.0 Mobile/15E148 Safari/605.1.15",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "16.4.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 9_1 like Mac OS X) AppleWebKit/601.1.46 (KHTML, like Gecko) FxiOS/1.1 Mobile/13B143 Safari/601.1.46",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "9.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU iPhone OS 8_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) FxiOS/1.0 Mobile/12F69 Safari/600.1.4",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: null, os: "ipados", os_version: "8.3", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/21.0 Version/13.0.3 Safari/605.1.15",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser); Firefox on an iPad in desktop mode: FxiOS in a Mac User-Agent",
    expect: { bot: false, in_app: null, os: "ipados", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) EdgiOS/128.0.2739.82 Version/18.0 Mobile/15E148 Safari/604.1",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "18.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 11_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/11.0 EdgiOS/42.1.1.0 Mobile/15F79 Safari/605.1.15",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "11.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 10_3_2 like Mac OS X) AppleWebKit/603.2.4 (KHTML, like Gecko) Mobile/14F89 Safari/603.2.4 EdgiOS/41.1.35.1",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "10.3.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 11_2_6 like Mac OS X) AppleWebKit/604.5.6 (KHTML, like Gecko) EdgiOS/41.14.2.0 Mobile/15D100 Safari/604.5.6",
    seen: "php-browser-detection tests/edge.php (github.com/foroco/php-browser-detection)",
    expect: { bot: false, in_app: null, os: "ipados", os_version: "11.2.6", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_12_4) AppleWebKit/604.3.5 (KHTML, like Gecko) Version/10.1 Safari/602.1 EdgiOS/44.11.15",
    seen: "php-browser-detection tests/edge.php (github.com/foroco/php-browser-detection); Edge on an iPad in desktop mode: EdgiOS in a Mac User-Agent",
    expect: { bot: false, in_app: null, os: "ipados", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1 OPT/5.0.7",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy); Opera",
    expect: { bot: false, in_app: null, os: "ios", os_version: "18.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 YaBrowser/24.7.7.799.10 SA/3 Mobile/15E148 Safari/604.1",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy); Yandex Browser",
    expect: { bot: false, in_app: null, os: "ios", os_version: "18.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Ddg/7.123.0",
    seen: 'bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser); DuckDuckGo, without "Safari/"',
    expect: { bot: false, in_app: null, os: "ios", os_version: "18.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Ddg/7.120.0",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser); DuckDuckGo",
    expect: { bot: false, in_app: null, os: "ipados", os_version: "17.5", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Ddg/7.123.0",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser); DuckDuckGo for Mac",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.15.7", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Mobile/15E148 Safari/604.1 Ddg/26.0",
    seen: "ua-parser-js test/data/ua/os/ios.json (github.com/faisalman/ua-parser-js); DuckDuckGo",
    expect: { bot: false, in_app: null, os: "ios", os_version: "18.7", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 11_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Focus/4.1 Mobile/15G77",
    seen: 'isbot fixtures/browsers.yml (github.com/omrilotan/isbot); Firefox Focus, without "Safari/"',
    expect: { bot: false, in_app: null, os: "ios", os_version: "11.4.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 12_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) OPT/5 Mobile/16B92",
    seen: 'isbot fixtures/browsers.yml (github.com/omrilotan/isbot); Opera Touch, without "Safari/"',
    expect: { bot: false, in_app: null, os: "ios", os_version: "12.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 9_2 like Mac OS X) AppleWebKit/601.1.46 (KHTML, like Gecko) OPiOS/12.1.1.98980 Mobile/13C75 Safari/9537.53",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js); Opera Mini",
    expect: { bot: false, in_app: null, os: "ios", os_version: "9.2", mobile: true },
  },
  // browsers on Android
  {
    ua: "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Mobile Safari/537.36",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy); Chrome's reduced User-Agent without client hints: no version",
    expect: { bot: false, in_app: null, os: "android", os_version: null, mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 12; Pixel 3) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/102.0.0.0 Mobile Safari/537.36",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: null, os: "android", os_version: "12", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0.1; D6653 Build/23.5.A.0.575) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/58.0.3029.83 Mobile Safari/537.36",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: null, os: "android", os_version: "6.0.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.4.2; ASUS_T00F Build/KVT49L) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/58.0.3029.83 Mobile Safari/537.36",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.4.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Android 4.4.2; Mobile; rv:53.0) Gecko/53.0 Firefox/53.0",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.4.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 6.0.1; zh-tw; Redmi Note 3 Build/MMB29M) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/53.0.2785.146 Mobile Safari/537.36 XiaoMi/MiuiBrowser/8.5.8",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: null, os: "android", os_version: "6.0.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.2; Pixel Build/N2G47E; zh-tw) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/42.0.2311.135 Mobile Safari/537.36 Puffin/6.0.9.15863AP",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.0.2; D5803 Build/23.1.A.1.28) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/43.0.2357.93 Mobile Safari/537.36",
    seen: "Mobile-Detect issue #423 (github.com/serbanghita/Mobile-Detect/issues/423): Chrome on the same Sony Z3 Compact",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.0.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Android 5.0; Mobile; rv:41.0) Gecko/41.0 Firefox/41.0",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Android 13; Mobile; LG-M255; rv:111.0) Gecko/111.0 Firefox/111.0",
    seen: "ua-parser-js test/data/ua/device/lg.json (github.com/faisalman/ua-parser-js); Firefox",
    expect: { bot: false, in_app: null, os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Android; Tablet; rv:26.0) Gecko/26.0 Firefox/26.0",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser); Firefox on a tablet",
    expect: { bot: false, in_app: null, os: "android", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Android; Mobile; rv:27.0) Gecko/27.0 Firefox/27.0",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser)",
    expect: { bot: false, in_app: null, os: "android", os_version: null, mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Android 11; Mobile; rv:105.0; Ghostery:3.0) Gecko/105.0 Firefox/105.0",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: null, os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0.1; SAMSUNG-SM-G925A Build/MMB29K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/4.0 Chrome/44.0.2403.133 Mobile Safari/537.36",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js); Samsung Internet",
    expect: { bot: false, in_app: null, os: "android", os_version: "6.0.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.0.2; SAMSUNG SM-G925F Build/LRX22G) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/3.0 Chrome/38.0.2125.102 Mobile Safari/537.36",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js); Samsung Internet",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.0.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 14; SM-F956B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/phablet-1.yml (github.com/matomo-org/device-detector); Samsung Internet",
    expect: { bot: false, in_app: null, os: "android", os_version: "14", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; SAMSUNG SM-G960U) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/10.2 Chrome/71.0.3578.99 Mobile Safari/537.36",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot); Samsung Internet",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 12; SAMSUNG SM-A032M Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 SamsungBrowser/7.4 Chrome/111.0.5563.58 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector); Samsung Internet Lite, built on the system WebView",
    expect: { bot: false, in_app: null, os: "android", os_version: "12", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.0.0; G8441 Build/47.1.A.12.270) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/67.0.3396.123 Mobile Safari/537.36 EdgA/42.0.0.2529",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.0.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 12; 22061218C) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/105.0.0.0 Mobile Safari/537.36 EdgA/105.0.1343.27",
    seen: "device-detector Tests/fixtures/phablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "12", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.0; Pixel XL Build/OPP3.170518.006) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/58.0.3029.0 Mobile Safari/537.36 EdgA/41.1.35.1",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 14; SM-F731N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36 OPR/81.1.4292.78446",
    seen: "device-detector Tests/fixtures/phablet-1.yml (github.com/matomo-org/device-detector); Opera",
    expect: { bot: false, in_app: null, os: "android", os_version: "14", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 6.0; R1 HD Build/MRA58K; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/52.0.2743.98 Mobile Safari/537.36 OPR/18.0.2254.106542",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser); Opera on the system WebView",
    expect: { bot: false, in_app: null, os: "android", os_version: "6.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; SM-A520F Build/NRD90M; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/65.0.3325.109 Mobile Safari/537.36 OPT/1.0.9",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser); Opera Touch on the system WebView",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/92.0.4515.131 Mobile DuckDuckGo/5 Safari/537.36",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; SM-T870) AppleWebKit/537.36 (KHTML, like Gecko) Brave Chrome/88.0.4324.96 Safari/537.36",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js); Brave on a Galaxy Tab",
    expect: { bot: false, in_app: null, os: "android", os_version: "11", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Focus/7.0.13 Chrome/70.0.3538.110 Mobile Safari/537.36",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot); Firefox Focus",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.0.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; MAR-LX3A; HMSCore 6.12.4.311; GMSCore 23.48.16) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/99.0.4844.88 HuaweiBrowser/14.0.2.311 Mobile Safari/537.36",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.0.2; en-us; Galaxy Nexus Build/ICL53F) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js); the stock Android browser",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.3; de-de; Galaxy Nexus Build/JWR66Y) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser); the stock Android browser",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.2; en-us; Nexus 10 Build/JVP15I) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Safari/534.30",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser); the stock browser on a Nexus 10",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 2.3.4; en-us; T-Mobile G2 Build/GRJ22) AppleWebKit/533.1 (KHTML, like Gecko) Version/4.0 Mobile Safari/533.1",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser)",
    expect: { bot: false, in_app: null, os: "android", os_version: "2.3.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.4.4; en-us; SAMSUNG GT-I9300I Build/KTU84P) AppleWebKit/537.36 (KHTML, like Gecko) Version/1.5 Chrome/28.0.1500.94 Mobile Safari/537.36",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.4.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android-4.0.3; en-us; Galaxy Nexus Build/IML74K) AppleWebKit/535.7 (KHTML, like Gecko) CrMo/16.0.912.75 Mobile Safari/535.7",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser); Chrome's first Android release",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.4.2; Nexus 7 Build/KOT49H) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/32.0.1700.99 Safari/537.36",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.4.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1.1; Nexus 9 Build/LMY48T) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/47.0.2526.83 Safari/537.36",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.0.2; SM-T705 Build/LRX22G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/49.0.2623.105 Safari/537.36",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.0.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; HUAWEI CAN-L01) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/71.0.3578.99 Mobile Safari/537.36",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1.1; SAMSUNG-SM-N920A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/87.0.4280.101 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/phablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.1.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; SM-T878U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.138 Safari/537.36",
    seen: "device-detector Tests/fixtures/tablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/67.0.3396.123 Safari/537.36 EdgA/42.0.0.2305",
    seen: "php-browser-detection tests/desktop_mode.php (github.com/foroco/php-browser-detection); Edge for Android in desktop mode",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
    known_miss: { truth: { os: "android" }, why: "Android in desktop mode without client hints sends the Linux desktop User-Agent" },
  },
  // Chrome's reduced User-Agent with client hints
  {
    ua: "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Mobile Safari/537.36",
    hints: {
      "Sec-CH-UA": '"Not.A/Brand";v="8", "Chromium";v="114", "Google Chrome";v="114"',
      "Sec-CH-UA-Platform": '"Android"',
      "Sec-CH-UA-Mobile": "?1",
      "Sec-CH-UA-Platform-Version": '"10.0.0"',
      "Sec-CH-UA-Model": '"Mi 9 SE"',
    },
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector), with its client hints; Chrome's reduced User-Agent",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Mobile Safari/537.36",
    hints: {
      "Sec-CH-UA": '"Not.A/Brand";v="8", "Chromium";v="114", "Google Chrome";v="114"',
      "Sec-CH-UA-Platform": '"Android"',
      "Sec-CH-UA-Mobile": "?1",
      "Sec-CH-UA-Platform-Version": '"11.0.0"',
      "Sec-CH-UA-Model": '"SM-A105F"',
    },
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector), with its client hints; Chrome's reduced User-Agent",
    expect: { bot: false, in_app: null, os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/111.0.0.0 Mobile Safari/537.36",
    hints: {
      "Sec-CH-UA": '"Google Chrome";v="111", "Not(A:Brand";v="8", "Chromium";v="111"',
      "Sec-CH-UA-Platform": '"Android"',
      "Sec-CH-UA-Mobile": "?1",
      "Sec-CH-UA-Platform-Version": '""',
      "Sec-CH-UA-Model": '"22071219CG"',
    },
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector), with its client hints; an empty Sec-CH-UA-Platform-Version: no version",
    expect: { bot: false, in_app: null, os: "android", os_version: null, mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36",
    hints: {
      "Sec-CH-UA": '"Not/A)Brand";v="8.0.0.0", "Chromium";v="126.0.6478.186", "Google Chrome";v="126.0.6478.186"',
      "Sec-CH-UA-Platform": '"Android"',
      "Sec-CH-UA-Mobile": "?1",
      "Sec-CH-UA-Platform-Version": '"14.0.0"',
      "Sec-CH-UA-Model": '"Black 1"',
    },
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector), with its client hints; Chrome's reduced User-Agent",
    expect: { bot: false, in_app: null, os: "android", os_version: "14", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Safari/537.36",
    hints: {
      "Sec-CH-UA": '"Chromium";v="116.0.5845.173", "Not)A;Brand";v="24.0.0.0", "Google Chrome";v="116.0.5845.173"',
      "Sec-CH-UA-Platform": '"Android"',
      "Sec-CH-UA-Mobile": "?0",
      "Sec-CH-UA-Platform-Version": '"11.0.0"',
      "Sec-CH-UA-Model": '"GACRUX"',
    },
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector), with its client hints; Sec-CH-UA-Mobile ?0: a tablet",
    expect: { bot: false, in_app: null, os: "android", os_version: "11", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; ZC554KL) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/98.0.4758.87 Mobile Safari/537.36",
    hints: {
      "Sec-CH-UA": '" Not A;Brand";v="99", "Chromium";v="98", "Google Chrome";v="98"',
      "Sec-CH-UA-Platform": '"Android"',
      "Sec-CH-UA-Mobile": "?1",
      "Sec-CH-UA-Platform-Version": '"8.1.0"',
      "Sec-CH-UA-Model": '"ZC554KL"',
    },
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector), with its client hints",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; DN2103) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/98.0.4758.101 Mobile Safari/537.36",
    hints: {
      "Sec-CH-UA": '" Not A;Brand";v="99", "Chromium";v="98", "Google Chrome";v="98"',
      "Sec-CH-UA-Mobile": "?1",
      "Sec-CH-UA-Platform": '"Android"',
      "Sec-CH-UA-Platform-Version": '"11.0.0"',
      "Sec-CH-UA-Model": '"DN2103"',
    },
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector), with its client hints",
    expect: { bot: false, in_app: null, os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.143 Mobile Safari/537.36",
    hints: {
      "Sec-CH-UA": '"Not A(Brand";v="99.0.0.0", "DuckDuckGo";v="121.0.6167.143", "Chromium";v="121.0.6167.143"',
      "Sec-CH-UA-Platform": '"Android"',
      "Sec-CH-UA-Mobile": "?1",
      "Sec-CH-UA-Platform-Version": '"14.0.0"',
      "Sec-CH-UA-Model": '"SCG22"',
    },
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector), with its client hints; DuckDuckGo",
    expect: { bot: false, in_app: null, os: "android", os_version: "14", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/127.0.0.0 Mobile DuckDuckGo/5 Safari/537.36",
    hints: {
      "Sec-CH-UA": '"Not)A;Brand";v="99.0.0.0", "DuckDuckGo";v="127.0.6533.64", "Chromium";v="127.0.6533.64"',
      "Sec-CH-UA-Platform": '"Android"',
      "Sec-CH-UA-Mobile": "?1",
      "Sec-CH-UA-Platform-Version": '"13.0.0"',
      "Sec-CH-UA-Model": '"SM-G781V"',
    },
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector), with its client hints; DuckDuckGo",
    expect: { bot: false, in_app: null, os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; ZC554KL) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/96.0.4664.104 Mobile Safari/537.36 OPR/67.1.3508.63168",
    hints: {
      "Sec-CH-UA": '" Not A;Brand";v="99", "Chromium";v="96", "Opera";v="82", "OperaMobile";v="67"',
      "Sec-CH-UA-Platform": '"Android"',
      "Sec-CH-UA-Mobile": "?1",
      "Sec-CH-UA-Platform-Version": '"8.1.0"',
      "Sec-CH-UA-Model": '"ZC554KL"',
    },
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector), with its client hints; Opera",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/106.0.0.0 Mobile Safari/537.36",
    hints: {
      "Sec-CH-UA": '"Chromium";v="106", "Brave";v="106", "Not;A=Brand";v="99"',
      "Sec-CH-UA-Platform": '"Android"',
      "Sec-CH-UA-Mobile": "?1",
    },
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector), with its client hints; Brave",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; KFKAWI) AppleWebKit/537.36 (KHTML, like Gecko) Silk/98.1.148 like Chrome/98.0.4758.101 Safari/537.36",
    hints: {
      "Sec-CH-UA": '" Not A;Brand";v="99.0.0.0", "Chromium";v="98.0.4758.101"',
      "Sec-CH-UA-Platform": '"Android"',
      "Sec-CH-UA-Mobile": "?0",
      "Sec-CH-UA-Platform-Version": '"9.0.0"',
      "Sec-CH-UA-Model": '"KFKAWI"',
    },
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector), with its client hints; Silk on a Fire tablet",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; iQ&T N8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/106.0.0.0 Mobile Safari/537.36",
    hints: {
      "Sec-CH-UA": '"Chromium";v="106.0.5249.126", "Google Chrome";v="106.0.5249.126", "Not;A=Brand";v="99.0.0.0"',
      "Sec-CH-UA-Platform": '"Android"',
      "Sec-CH-UA-Mobile": "?1",
      "Sec-CH-UA-Platform-Version": '"9.0.0"',
    },
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector), with its client hints; its Sec-CH-UA-Model, HTML-escaped in the fixture, left out",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/97.0.4692.99 Safari/537.3",
    hints: {
      "Sec-CH-UA": '" Not A;Brand";v="99", "Chromium";v="97", "Google Chrome";v="97"',
      "Sec-CH-UA-Mobile": "?0",
      "Sec-CH-UA-Platform": '"Windows"',
      "Sec-CH-UA-Platform-Version": '"14.0.0"',
    },
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector), with its client hints; Windows 11 (platform version 14)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "14", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/95.0.4638.69 Safari/537.36 Edg/95.0.1020.44",
    hints: {
      "Sec-CH-UA": '" Not A;Brand";v="99", "Chromium";v="95", "Microsoft Edge";v="95"',
      "Sec-CH-UA-Mobile": "?0",
      "Sec-CH-UA-Platform": '"Windows"',
      "Sec-CH-UA-Platform-Version": '"14.0.0"',
    },
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector), with its client hints",
    expect: { bot: false, in_app: null, os: "windows", os_version: "14", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/98.0.4758.82 Safari/537.36 OPR/84.0.4316.19",
    hints: {
      "Sec-CH-UA": '" Not A;Brand";v="99", "Chromium";v="98", "Opera";v="84"',
      "Sec-CH-UA-Mobile": "?0",
      "Sec-CH-UA-Platform": '"Windows"',
      "Sec-CH-UA-Platform-Version": '"10.0.0"',
    },
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector), with its client hints",
    expect: { bot: false, in_app: null, os: "windows", os_version: "10", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/98.0.4758.109 Safari/537.36",
    hints: {
      "Sec-CH-UA": '" Not A;Brand";v="99.0.0.0", "Chromium";v="98.0.4758.109", "Google Chrome";v="98.0.4758.109"',
      "Sec-CH-UA-Platform": '"macOS"',
      "Sec-CH-UA-Mobile": "?0",
      "Sec-CH-UA-Platform-Version": '"10.14.6"',
    },
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector), with its client hints",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.14.6", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/98.0.4758.102 Safari/537.36 OPR/84.0.4316.21",
    hints: {
      "Sec-CH-UA": '" Not A;Brand";v="99.0.0.0", "Chromium";v="98.0.4758.102", "Opera";v="98.0.4758.102"',
      "Sec-CH-UA-Platform": '"macOS"',
      "Sec-CH-UA-Mobile": "?0",
      "Sec-CH-UA-Platform-Version": '"11.6.0"',
    },
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector), with its client hints; the hint says 11.6 where the User-Agent says 10_15_7",
    expect: { bot: false, in_app: null, os: "macos", os_version: "11.6", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/98.0.4758.102 Safari/537.36",
    hints: {
      "Sec-CH-UA": '" Not A;Brand";v="99.0.0.0", "Chromium";v="98.0.4758.102"',
      "Sec-CH-UA-Platform": '"Linux"',
      "Sec-CH-UA-Mobile": "?0",
      "Sec-CH-UA-Platform-Version": '"5.4.0"',
    },
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector), with its client hints",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; CrOS x86_64 14150.90.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/94.0.4606.126 Safari/537.36",
    hints: { "Sec-CH-UA-Platform": '"Chromium OS"', "Sec-CH-UA-Mobile": "?0", "Sec-CH-UA-Platform-Version": '"14150.90.0"' },
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector), with its client hints; ChromeOS",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; CrOS armv7l 13597.84.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/92.0.4515.98 Safari/537.36",
    hints: { "Sec-CH-UA-Platform": '"Linux"', "Sec-CH-UA-Mobile": "?0", "Sec-CH-UA-Platform-Version": '"13597.84.0"' },
    seen: 'device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector), with its client hints; ChromeOS reporting "Linux" as its platform',
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/102.0.5005.134 Safari/537.36 OPR/88.0.4412.53",
    hints: {
      "Sec-CH-UA": '" Not A;Brand";v="99.0.0.0", "Chromium";v="102.0.5005.134"',
      "Sec-CH-UA-Platform": '"Android"',
      "Sec-CH-UA-Mobile": "?0",
      "Sec-CH-UA-Platform-Version": '"9.0.0"',
      "Sec-CH-UA-Model": '"RVL-AL09"',
    },
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector), with its client hints; Opera in desktop mode: a Linux User-Agent, an Android platform hint",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Fedora; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/98.0.4758.121 Safari/537.36",
    hints: {
      "Sec-CH-UA": '"Chromium";v="98.0.4758.121", " Not A;Brand";v="99.0.0.0"',
      "Sec-CH-UA-Platform": '"Linux"',
      "Sec-CH-UA-Mobile": "?0",
      "Sec-CH-UA-Platform-Version": '"5.16.11"',
    },
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector), with its client hints",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  // desktop
  {
    ua: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/112.0.0.0 Safari/537.36",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/112.0.0.0 Safari/537.36",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.15.7", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/111.0.0.0 Safari/537.36",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/111.0.0.0 Safari/537.36",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js); ChromeOS",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; CrOS aarch64 14388.61.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/99.0.4844.57 Safari/537.36",
    seen: "php-browser-detection tests/chrome_os.php (github.com/foroco/php-browser-detection); ChromeOS",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Chromium OS x86_64 14388.61.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/99.0.4844.57 Safari/537.36",
    seen: "php-browser-detection tests/chrome_os.php (github.com/foroco/php-browser-detection); ChromeOS",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/74.0.3729.48 Safari/537.36 Edg/74.1.96.24",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.1108.55 Safari/537.36 Edg/100.0.1108.55",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.15.7", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/64.0.3282.140 Safari/537.36 Edge/18.17763",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js); EdgeHTML",
    expect: { bot: false, in_app: null, os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:141.0) Gecko/20100101 Firefox/141.0",
    seen: "inapp-spy src/tests/desktop.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.15", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:100.0) Gecko/20100101 Firefox/100.0",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 6.1; WOW64; rv:53.0) Gecko/20100101 Firefox/53.0",
    seen: "inapp-spy src/tests/desktop.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "6.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:53.0) Gecko/20100101 Firefox/53.0",
    seen: "inapp-spy src/tests/desktop.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko",
    seen: "inapp-spy src/tests/desktop.ts (github.com/shalanah/inapp-spy); Internet Explorer 11",
    expect: { bot: false, in_app: null, os: "windows", os_version: "6.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0.1 Safari/605.1.15",
    seen: "inapp-spy src/tests/desktop.ts (github.com/shalanah/inapp-spy); Safari 26 keeps the frozen 10_15_7",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.15.7", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/14.0.3 Safari/605.1.15",
    seen: "ua-parser-js test/data/ua/device/apple.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.14.6", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 15_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser)",
    expect: { bot: false, in_app: null, os: "macos", os_version: "15.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 13_2_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.3 Safari/605.1.15",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser)",
    expect: { bot: false, in_app: null, os: "macos", os_version: "13.2.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_12_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.130 Safari/537.36 OPR/66.0.3515.72",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.12.6", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/56.0.2924.87 Safari/537.36 OPR/43.0.2442.991",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/58.0.3029.114 Safari/537.36 Vivaldi/1.9.818.50",
    seen: "inapp-spy src/tests/desktop.ts (github.com/shalanah/inapp-spy)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.1517.4.1 Ddg/17.4.1",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js); DuckDuckGo for Mac",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.15.7", mobile: false },
  },
  // other systems
  {
    ua: "Mozilla/5.0 (Windows Phone 10.0; Android 6.0.1; Microsoft; Lumia 650) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/52.0.2743.116 Mobile Safari/537.36 Edge/15.15254",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot); Windows Phone",
    expect: { bot: false, in_app: null, os: "other", os_version: null, mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Phone; OpenHarmony 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36 ArkWeb/4.1.6.1 Mobile HuaweiBrowser/5.1.5.352",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser); HarmonyOS NEXT",
    expect: { bot: false, in_app: null, os: "other", os_version: null, mobile: true },
  },
  {
    ua: "Opera/9.80 (J2ME/MIDP; Opera Mini/5.1.21214/19.916; U; en) Presto/2.5.25",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (PlayStation 4 5.55) AppleWebKit/601.2 (KHTML, like Gecko)",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: false, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Mobile; rv:26.0) Gecko/26.0 Firefox/26.0",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser); Firefox OS",
    expect: { bot: false, in_app: null, os: "other", os_version: null, mobile: true },
  },
  // previewers, crawlers, scanners
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_1) AppleWebKit/601.2.4 (KHTML, like Gecko) Version/9.0.1 Safari/601.2.4 facebookexternalhit/1.1 Facebot Twitterbot/1.0",
    seen: "mileusna/useragent issue #54 (github.com/mileusna/useragent/issues/54): iMessage's link previewer, captured from the Messages app",
    expect: { bot: true, in_app: null, os: "macos", os_version: "10.11.1", mobile: false },
  },
  {
    ua: "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Facebot/1.0",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "meta-externalagent/1.1 (+https://developers.facebook.com/docs/sharing/webmasters/crawler)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Twitterbot/1.0",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/101.0.4951.67 Safari/537.36 Twitterbot/1.0",
    seen: "isbot fixtures/downloaded/myip.ms.json (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Slackbot 1.0 (+https://api.slack.com/robots)",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Slack-ImgProxy 0.19 (+https://api.slack.com/robots)",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "WhatsApp/2.21.12.21 A",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot); WhatsApp's link previewer",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "WhatsApp/2.23.20.0",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js); WhatsApp's link previewer",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "WhatsApp/2.19.81 A",
    seen: "ua-parser-js issue #412 (github.com/faisalman/ua-parser-js/issues/412): WhatsApp's link previewer",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "WhatsApp/2.12.15/i",
    seen: "isbot fixtures/downloaded/monperrus.json (github.com/omrilotan/isbot); WhatsApp's link previewer on iOS",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "whatsapp/784941593 cfnetwork/3826.600.41 darwin/24.6.0",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "WhatsApp/2.17.395 Android/6.0 Device/Meizu-M5_Note",
    seen: "device-detector Tests/fixtures/phablet-1.yml (github.com/matomo-org/device-detector); WhatsApp's link previewer, naming its system",
    expect: { bot: true, in_app: null, os: "android", os_version: "6.0", mobile: false },
  },
  {
    ua: "WhatsApp/2.16.352 Mozilla/5.0 (Linux; Android 5.1.1; SAMSUNG SM-G925F Build/LMY47X) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/3.2 Safari/537.36",
    seen: "isbot fixtures/downloaded/user-agents.net.json (github.com/omrilotan/isbot); WhatsApp's link previewer with a browser string after its name",
    expect: { bot: true, in_app: null, os: "android", os_version: "5.1.1", mobile: false },
  },
  {
    ua: "TelegramBot (like TwitterBot)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_13_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/77.0.3865.90 Safari/537.36 TelegramBot (like TwitterBot)",
    seen: "WhichBrowser/Parser-PHP issue #494 (github.com/WhichBrowser/Parser-PHP/issues/494)",
    expect: { bot: true, in_app: null, os: "macos", os_version: "10.13.6", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows nt 6.1; wow64) SkypeURIPreview Preview/0.5",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "windows", os_version: "6.1", mobile: false },
  },
  {
    ua: "Snap URL Preview Service; bot; snapchat; https://developers.snap.com/robots  ",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js); Snapchat's link previewer",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/80.0.3987.92 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "android", os_version: "6.0.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    seen: "bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; Google-InspectionTool/1.0)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/84.0.4147.108 Mobile Safari/537.36 (compatible; Google-InspectionTool/1.0)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "android", os_version: "6.0.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot); Gmail's image proxy",
    expect: { bot: true, in_app: null, os: "windows", os_version: "5.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/112.0.0.0 Mobile Safari/537.36 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    seen: "isbot fixtures/downloaded/myip.ms.json (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "android", os_version: "6.0.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 8_1 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B410 Safari/600.1.4 (Applebot/0.1; +http://www.apple.com/go/applebot)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "ios", os_version: "8.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.1 Safari/605.1.15 (Applebot/0.1; +http://www.apple.com/go/applebot)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "macos", os_version: "10.15.5", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; Pinterestbot/1.0; http://www.pinterest.com/bot.html)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/41.0.2272.96 Mobile Safari/537.36 (compatible; Pinterestbot/1.0;  https://www.pinterest.com/bot.html)",
    seen: "isbot fixtures/downloaded/matomo-org.json (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "android", os_version: "6.0.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (compatible; redditbot/1.0; +http://www.reddit.com/feedback)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; Embedly/0.2; +http://support.embed.ly/)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "DuckDuckBot/1.1; (+http://duckduckgo.com/duckduckbot.html)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Mobile Safari/537.36 (compatible; TikTokSpider; ttspider-feedback@tiktok.com)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "android", os_version: "5.0", mobile: true },
  },
  {
    ua: "curl/7.64.1",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Wget/1.20.3 (linux-gnu)",
    seen: "isbot fixtures/downloaded/monperrus.json (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "python-requests/2.21.0",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "go-http-client/1.1",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "node-fetch",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "axios/0.19.2",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "okhttp/3.4.1",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/100.0.4896.88 Safari/537.36",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_12_6) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/60.0.3112.113 Safari/537.36",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "macos", os_version: "10.12.6", mobile: false },
  },
  {
    ua: "Microsoft Office/16.0 (Windows NT 10.0; MAPI 16.0.8431; Pro)",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot); listed there as a browser; Office fetches a link before opening it",
    expect: { bot: true, in_app: null, os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/4.0 (compatible; ms-office; MSOffice 16)",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 6.1; WOW64; Trident/7.0; SLCC2; .NET CLR 2.0.50727; .NET CLR 3.5.30729; .NET CLR 3.0.30729; Media Center PC 6.0; MAGW; .NET4.0C; .NET4.0E; Microsoft Outlook 14.0.7113; ms-office; MSOffice 14)",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "windows", os_version: "6.1", mobile: false },
  },
  {
    ua: "MicrosoftPreview/2.0; +https://aka.ms/MicrosoftPreview",
    seen: "isbot fixtures/downloaded/monperrus.json (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; MicrosoftPreview/2.0; +https://aka.ms/MicrosoftPreview) Chrome/100.0.4896.127 Safari/537.36",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Outlook-iOS/709.2189947.prod.iphone (3.24.0)",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot); listed there as a browser; Outlook's link preview agent",
    expect: { bot: true, in_app: null, os: "ios", os_version: null, mobile: true },
  },
  {
    ua: "Barracuda Sentinel (EE)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector); a mail scanner that names itself",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  // in-app browsers and web views, labelled by their source
  {
    ua: "Mozilla/5.0 (Windows NT 10.0.15063.674; osmeta 10.3.2535) AppleWebKit/602.1.1 (KHTML, like Gecko) Version/9.0 Safari/602.1.1 osmeta/10.3.2535 Build/2535 [FBAN/FBW;FBAV/140.0.0.205.179;FBBV/74431143;FBDV/WindowsDevice;FBMD/X550LB;FBSN/Windows;FBSV/10.0.16299.64;FBSS/1;FBCR/;FBID/desktop;FBLC/pt_PT;FBOP/45;FBRV/0]",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0.16299.19; osmeta 10.3.2535) AppleWebKit/602.1.1 (KHTML, like Gecko) Version/9.0 Safari/602.1.1 osmeta/10.3.2535 Build/2535 [FBAN/FBW;FBAV/140.0.0.205.179;FBBV/74431143;FBDV/WindowsDevice;FBMD/XPS 15 9550;FBSN/Windows;FBSV/10.0.16299.64;FBSS/2;FBCR/;FBID/desktop;FBLC/ko_KR;FBOP/45;FBRV/0]",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0.10586.494; osmeta 8.3.35371798) AppleWebKit/602.1.1 (KHTML, like Gecko) Version/9.0 Safari/602.1.1 osmeta/8.3.35371798 Build/35371798 [FBAN/FBW;FBAV/61.0.0.46.152;FBBV/35404853;FBRV/0;FBDV/WindowsDevice;FBMD/23-f364;FBSN/Windows;FBSV/10.0.10586.494;FBSS/1;FBCR/;FBID/desktop;FBLC/en_US;FBOP/45]",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0.16299.125; osmeta 10.3.3308) AppleWebKit/602.1.1 (KHTML, like Gecko) Version/9.0 Safari/602.1.1 osmeta/10.3.3308 Build/3308 [FBAN/FBW;FBAV/140.0.0.232.179;FBBV/83145113;FBDV/WindowsDevice;FBMD/37021C5;FBSN/Windows;FBSV/10.0.16299.334;FBSS/2;FBCR/;FBID/desktop;FBLC/fr_FR;FBOP/45;FBRV/0]",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/21A350 [FBAN/FBIOS;FBDV/iPhone15,4;FBMD/iPhone;FBSN/iOS;FBSV/17.0.2;FBSS/3;FBID/phone;FBLC/it_IT;FBOP/5]",
    seen: "device-detector Tests/fixtures/phablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "ios", os_version: "17.0.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 15_0 like Mac OS X) WebKit/8612 (KHTML, like Gecko) Mobile/19A346 [FBAN/FBIOS;FBDV/iPhone14,5;FBMD/iPhone;FBSN/iOS;FBSV/15.0;FBSS/3;FBID/phone;FBLC/it_IT;FBOP/5]",
    seen: "device-detector Tests/fixtures/phablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "ios", os_version: "15.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.4.2; GETAWAY Build/KOT49H) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/30.0.0.0 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/24.0.0.30.15;]",
    seen: "device-detector Tests/fixtures/smartphone-16.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "android", os_version: "4.4.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 12_4_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBDV/iPhone6,2;FBMD/iPhone;FBSN/iOS;FBSV/12.4.3;FBSS/2;FBID/phone;FBLC/pt_PT;FBOP/5;FBCR/NOS]",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "ios", os_version: "12.4.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; SM-A115AZ Build/QP1A.190711.020; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/80.0.3987.99 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/278.0.0.51.119;]",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; motorola razr Build/QDV30.106-27-7; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/86.0.4240.99 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/292.0.0.61.123;]",
    seen: "device-detector Tests/fixtures/smartphone-20.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; ASUS_Z017D Build/NRD90M; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/55.0.2883.91 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/151.0.0.40.205;]",
    seen: "device-detector Tests/fixtures/smartphone-23.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "android", os_version: "7.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; SM-A505GT Build/PPR1.180610.011; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/86.0.4240.110 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/294.0.0.39.118;]",
    seen: "device-detector Tests/fixtures/smartphone-24.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; Hisense E50 Build/RP1A.201005.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/83.0.4103.106 Mobile Safari/537.36[FBAN/EMA;FBLC/en_GB;FBAV/265.0.0.14.119;]",
    seen: "device-detector Tests/fixtures/smartphone-26.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; U319AA Build/RP1A.200720.011; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/96.0.4664.104 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/348.0.0.39.118;]",
    seen: "device-detector Tests/fixtures/smartphone-28.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; SM-J260MU Build/M1AJB; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/97.0.4692.70 Mobile Safari/537.36[FBAN/EMA;FBLC/pt_BR;FBAV/284.0.0.6.118;]",
    seen: "device-detector Tests/fixtures/smartphone-33.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.1.2; en-us; LG-US780 Build/JZO54K) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30 [FB_IAB/FB4A;FBAV/27.0.0.25.15;]",
    seen: "device-detector Tests/fixtures/smartphone-34.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "android", os_version: "4.1.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.4.2; Energy Phone Pro Qi Build/KOT49H) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/30.0.0.0 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/29.0.0.23.13;]",
    seen: "device-detector Tests/fixtures/smartphone-34.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "android", os_version: "4.4.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; TECNO L6502S Build/QP1A.190711.020; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/110.0.5481.65 Mobile Safari/537.36[FBAN/EMA;FBLC/es_LA;FBAV/346.0.0.8.76;]",
    seen: "device-detector Tests/fixtures/smartphone-35.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1; TECNO-L5 Build/LMY47I) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/39.0.0.0 Mobile Safari/537.36[FBAN/EMA;FBLC/en_US;FBAV/265.0.0.14.119;]",
    seen: "device-detector Tests/fixtures/smartphone-37.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "android", os_version: "5.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 14; CPH2611 Build/TP1A.220905.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/121.0.6167.178 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/458.0.0.38.86;]",
    seen: "device-detector Tests/fixtures/smartphone-38.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "android", os_version: "14", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; Nokia X7 Build/OPM1.171019.026; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/121.0.6167.175 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/451.0.0.45.109;] [FB_IAB/FB4A;FBAV/451.0.0.45.109;]",
    seen: "device-detector Tests/fixtures/smartphone-40.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 16; RMX5131 Build/AP3A.240617.008) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/150.0.7871.94 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/569.0.0.42.72;IABMV/1;]",
    seen: "device-detector Tests/fixtures/smartphone-41.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "android", os_version: "16", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 15; NLA-LX1 Build/HONORNLA-L31; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/144.0.7559.107 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/546.0.0.42.66;IABMV/1;]",
    seen: "device-detector Tests/fixtures/smartphone-43.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "android", os_version: "15", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 15_0_1 like Mac OS X) WebKit/8612 (KHTML, like Gecko) Mobile/19A348 [FBAN/FBIOS;FBDV/iPad13,7;FBMD/iPad;FBSN/iOS;FBSV/15.0.1;FBSS/2;FBID/tablet;FBLC/en_GB;FBOP/5]",
    seen: "device-detector Tests/fixtures/tablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "ipados", os_version: "15.0.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 15_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/19E241 [FBAN/FBIOS;FBDV/iPad13,16;FBMD/iPad;FBSN/iPadOS;FBSV/15.4;FBSS/2;FBID/tablet;FBLC/en_US;FBOP/5]",
    seen: "device-detector Tests/fixtures/tablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "ipados", os_version: "15.4", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 14_0_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBDV/iPad5,4;FBMD/iPad;FBSN/iOS;FBSV/14.0.1;FBSS/2;FBID/tablet;FBLC/ru_RU;FBOP/5]",
    seen: "device-detector Tests/fixtures/tablet-10.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "ipados", os_version: "14.0.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 9_3_6 like Mac OS X) AppleWebKit/601.1.46 (KHTML, like Gecko) Mobile/13G37 [FBAN/FBIOS;FBAV/168.0.0.57.90;FBBV/103647182;FBDV/iPad3,2;FBMD/iPad;FBSN/iPhone OS;FBSV/9.3.6;FBSS/2;FBCR/Verizon;FBID/tablet;FBLC/en_US;FBOP/5;FBRV/0]",
    seen: "device-detector Tests/fixtures/tablet-11.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "facebook", os: "ipados", os_version: "9.3.6", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; KFMAWI Build/PS7327.3329N; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/112.0.5615.197 Mobile Safari/537.36 cordova-amazon-fireos/3.4.0 AmazonWebAppPlatform/3.4.0;2.0",
    hints: { "x-requested-with": "com.amazon.webapps.gms.search" },
    seen: "device-detector Tests/fixtures/clienthints-app.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "webview", os: "android", os_version: "9", mobile: true },
    known_miss: { truth: { in_app: "gsa" }, why: "the app is named only where the source knows it, not in these headers" },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.1.2; fr-ca; LT30a Build/9.1.A.0.489) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30 GSA/3.3.11.1069658.arm",
    seen: "device-detector Tests/fixtures/smartphone-14.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "gsa", os: "android", os_version: "4.1.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; WC300 Build/O11019; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/67.0.3396.87 Mobile Safari/537.36 GSA/8.10.22.21.arm",
    seen: "device-detector Tests/fixtures/smartphone-16.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "gsa", os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; SM-M017F Build/PPR1.180610.011; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/84.0.4147.111 Mobile Safari/537.36 GSA/11.21.9.21.arm",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "gsa", os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1.1; SM-J105H Build/LMY47V; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/66.0.3359.126 Mobile Safari/537.36 GSA/8.1.12.21.arm",
    seen: "device-detector Tests/fixtures/smartphone-23.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "gsa", os: "android", os_version: "5.1.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; BV9500Pro Build/O11019; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/84.0.4147.125 Mobile Safari/537.36 GSA/11.22.11.21.arm64",
    seen: "device-detector Tests/fixtures/smartphone-23.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "gsa", os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; LG-LS777 Build/NRD90U; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/80.0.3987.99 Mobile Safari/537.36 GSA/10.96.12.21.arm",
    seen: "device-detector Tests/fixtures/smartphone-23.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "gsa", os: "android", os_version: "7.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; TECNO R6S Build/NRD90M; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/67.0.3396.81 Mobile Safari/537.36 GSA/8.6.9.21.arm",
    seen: "device-detector Tests/fixtures/smartphone-24.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "gsa", os: "android", os_version: "7.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; LGL423DL Build/OPM1.171019.026; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/87.0.4280.66 Mobile Safari/537.36 GSA/11.38.8.23.arm",
    seen: "device-detector Tests/fixtures/smartphone-24.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "gsa", os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; LG-M430 Build/NRD90U; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/79.0.3945.136 Mobile Safari/537.36 GSA/10.94.12.21.arm",
    seen: "device-detector Tests/fixtures/smartphone-24.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "gsa", os: "android", os_version: "7.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; LG-M210 Build/NRD90U; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/79.0.3945.93 Mobile Safari/537.36 GSA/10.89.13.21.arm",
    seen: "device-detector Tests/fixtures/smartphone-24.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "gsa", os: "android", os_version: "7.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.2.1; en-us; Cherry Razor Build/JOP40D) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30 GSA/3.1.24.941712.arm",
    seen: "device-detector Tests/fixtures/smartphone-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "gsa", os: "android", os_version: "4.2.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.3; en-us; HTCONE Build/JSS15J) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30 GSA/3.1.24.941712.arm",
    seen: "device-detector Tests/fixtures/smartphone-5.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "gsa", os: "android", os_version: "4.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.2.1; en-in; Micromax A210 Build/JOP40D) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30 GSA/3.2.17.1009776.arm",
    seen: "device-detector Tests/fixtures/smartphone-9.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "gsa", os: "android", os_version: "4.2.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 15; SM-X920 Build/AP3A.240905.015.A2; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/139.0.7258.158 Safari/537.36 GoogleApp/16.34.61.ve.arm64 DSRP",
    seen: "device-detector Tests/fixtures/tablet-12.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "gsa", os: "android", os_version: "15", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.1.1; es-us; NX008HD8G Build/JRO03C) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Safari/534.30 GSA/3.3.11.1069658.arm",
    seen: "device-detector Tests/fixtures/tablet-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "gsa", os: "android", os_version: "4.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.2.2; fr-fr; eZee'Tab785D11-S Build/JDQ39) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Safari/534.30 GSA/3.4.16.1149292.arm",
    seen: "device-detector Tests/fixtures/tablet-4.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "gsa", os: "android", os_version: "4.2.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; SM-A325M Build/RP1A.200720.012; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/98.0.4758.101 Mobile Safari/537.36 Instagram 222.0.0.15.114 Android (30/11; 420dpi; 1080x2195; samsung; SM-A325M; a32; mt6769t; es_US; 350971657)",
    hints: { "x-requested-with": "com.instagram.android" },
    seen: "device-detector Tests/fixtures/clienthints-app.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "instagram", os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 16_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 283.0.0.16.103 (iPhone15,3; iOS 16_5; ru_UZ; ru-UZ; scale=3.00; 1290x2796; 474411477)",
    seen: "device-detector Tests/fixtures/phablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "instagram", os: "ios", os_version: "16.5", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 14_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 168.0.0.24.350 (iPhone13,3; iOS 14_1; ru_RU; ru-RU; scale=3.00; 1170x2532; 260712851)",
    seen: "device-detector Tests/fixtures/phablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "instagram", os: "ios", os_version: "14.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; SM-N950U Build/PPR1.180610.011; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/83.0.4103.106 Mobile Safari/537.36 Instagram 148.0.0.33.121 Android (28/9; 420dpi; 1080x2181; samsung; SM-N950U; greatqlte; qcom; en_US; 227299063)",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "instagram", os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; U PULSE Build/NRD90M; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/67.0.3396.87 Mobile Safari/537.36 Instagram 51.0.0.20.85 Android (24/7.0; 320dpi; 720x1184; WIKO; U PULSE; v3961; mt6735; fr_FR; 115211358)",
    seen: "device-detector Tests/fixtures/smartphone-16.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "instagram", os: "android", os_version: "7.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; C8 Build/NRD90M; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/62.0.3202.84 Mobile Safari/537.36 Instagram 83.0.0.20.111 Android (24/7.0; 320dpi; 640x1040; OUKITEL; C8; C8; mt6580; ru_RU; 144612596)",
    seen: "device-detector Tests/fixtures/smartphone-22.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "instagram", os: "android", os_version: "7.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1; S5140 Build/LMY47D) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/39.0.0.0 Mobile Safari/537.36 Instagram 86.0.0.24.87 Android (22/5.1; 320dpi; 720x1184; S5140/GINZZU; S5140; S5140; mt6735; ru_RU; 147375141)",
    seen: "device-detector Tests/fixtures/smartphone-23.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "instagram", os: "android", os_version: "5.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 14_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 239.2.0.17.109 (iPhone10,4; iOS 14_1; ru_BY; ru-BY; scale=2.00; 750x1334; 376668393)",
    seen: "device-detector Tests/fixtures/smartphone-23.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "instagram", os: "ios", os_version: "14.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.1; Moto E (4) Build/NMA26.42-169; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/87.0.4280.66 Mobile Safari/537.36 Instagram 167.0.0.24.120 Android (25/7.1.1; 320dpi; 720x1184; motorola; Moto E (4); woods_f; mt6735; pt_BR; 256966589)",
    seen: "device-detector Tests/fixtures/smartphone-24.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "instagram", os: "android", os_version: "7.1.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; Neon Build/OPM2.171019.012; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/69.0.3497.100 Mobile Safari/537.36 Instagram 108.0.0.23.119 Android (27/8.1.0; 240dpi; 480x800; Jinga; Neon; Neon; k101; ru_RU; 169474956)",
    seen: "device-detector Tests/fixtures/smartphone-24.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "instagram", os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; Wallet Build/O11019; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/65.0.3325.109 Mobile Safari/537.36 Instagram 75.0.0.23.99 Android (27/8.1.0; 320dpi; 720x1184; lephone/highscreen; Wallet; Wallet; mt6735; ru_RU; 135374890)",
    seen: "device-detector Tests/fixtures/smartphone-24.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "instagram", os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; G255 Build/O11019; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/66.0.3359.126 Mobile Safari/537.36 Instagram 85.0.0.21.100 Android (27/8.1.0; 240dpi; 480x888; DEXP; G255; G255; mt6580; ru_RU; 146536616)",
    seen: "device-detector Tests/fixtures/smartphone-24.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "instagram", os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0; A6 Build/MRA58K; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/44.0.2403.119 Mobile Safari/537.36 Instagram 88.0.0.14.99 Android (23/6.0; 320dpi; 720x1280; A6/Gretel; A6; h920be_v1_e_yx_a6e_gretel; mt6735; ru_RU; 149350058)",
    seen: "device-detector Tests/fixtures/smartphone-24.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "instagram", os: "android", os_version: "6.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0; M3 Max Build/MRA58K; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/44.0.2403.125 Mobile Safari/537.36 Instagram 88.0.0.14.99 Android (23/6.0; 480dpi; 1080x1920; Meizu; M3 Max; M3Max; mt6755; ru_RU; 149350061)",
    seen: "device-detector Tests/fixtures/smartphone-24.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "instagram", os: "android", os_version: "6.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 14_7_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 203.0.0.26.117 (iPhone9,1; iOS 14_7_1; ru_RU; ru-RU; scale=2.00; 750x1334; 314122909)",
    seen: "device-detector Tests/fixtures/smartphone-26.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "instagram", os: "ios", os_version: "14.7.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.4.2; ZOPO ZP998 Build/KOT49H) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/30.0.0.0 Mobile Safari/537.36 Instagram 93.1.0.19.102 Android (19/4.4.2; 480dpi; 1080x1920; ZOPO/Xiaomi; ZOPO ZP998; lcsh92_wet_jb9; mt6592; ru_RU; 154400383)",
    seen: "device-detector Tests/fixtures/smartphone-26.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "instagram", os: "android", os_version: "4.4.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; HTC Desire 21 pro 5G Build/QKQ1.200927.002; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/112.0.5615.135 Mobile Safari/537.36 Instagram 285.0.0.25.62 Android (29/10; 340dpi; 1080x2204; HTC; HTC Desire 21 pro 5G; htc_thudugl; qcom; pl_PL; 479968475)",
    seen: "device-detector Tests/fixtures/smartphone-36.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "instagram", os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1; HTC Desire 728 dual sim Build/LMY47D; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/95.0.4638.74 Mobile Safari/537.36 Instagram 278.0.0.22.117 Android (22/5.1; 320dpi; 720x1184; HTC/htc; HTC Desire 728 dual sim; htc_a50cml_dtul; mt6735; ar_EG; 471827227)",
    seen: "device-detector Tests/fixtures/smartphone-36.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "instagram", os: "android", os_version: "5.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; SM-A146M Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/117.0.0.0 Mobile Safari/537.36 Instagram 302.1.0.36.111 Android (33/13; 450dpi; 1080x2209; samsung; SM-A146M; a14x; s5e8535; pt_BR; 520702291)",
    seen: "device-detector Tests/fixtures/smartphone-37.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "instagram", os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; X20 PRO Build/P00610; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/101.0.4951.61 Mobile Safari/537.36 Instagram 237.0.0.7.102 Android (28/9; 480dpi; 1080x2115; CUBOT; X20 PRO; X20_PRO; mt6771; it_IT; 372544735)",
    seen: "device-detector Tests/fixtures/smartphone-37.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "instagram", os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; SM-A346M Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 Instagram 301.0.0.33.110 Android (33/13; 450dpi; 1080x2130; samsung; SM-A346M; a34x; mt6877; pt_BR; 517900830)",
    seen: "device-detector Tests/fixtures/smartphone-37.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "instagram", os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; AMZ-L29 Build/HUAWEIAMZ-L29; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/88.0.4324.93 Mobile Safari/537.36 Instagram 207.0.0.39.120 Android (29/10; 480dpi; 1080x2259; HUAWEI; AMZ-L29; unknownAMZ; unknown; ru_RU; 321039152)",
    seen: "device-detector Tests/fixtures/smartphone-37.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "instagram", os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.2.1; ru-ru; AMOI N828 Build/JOP40D) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30 Instagram 36.0.0.13.91 Android (17/4.2.1; 240dpi; 540x960; AMOI; AMOI N828; amoi89_wet_jb2; mt6589; ru_RU; 96794590)",
    seen: "device-detector Tests/fixtures/smartphone-37.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "instagram", os: "android", os_version: "4.2.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 10_3_3 like Mac OS X) AppleWebKit/603.3.8 (KHTML, like Gecko) Mobile/14G60 Instagram 44.0.0.17.95 (iPhone5,3; iOS 10_3_3; pt_CA; pt-PT; scale=2.00; gamut=normal; 640x1136)",
    seen: "device-detector Tests/fixtures/smartphone-37.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "instagram", os: "ios", os_version: "10.3.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; Pixel 7 Pro Build/TQ3A.230605.012; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/115.0.5790.53 Mobile Safari/537.36 Instagram 290.0.0.0.36 Android (33/13; 420dpi; 1080x2169; Google/google; Pixel 7 Pro; cheetah; cheetah; de_DE; 488474735)",
    seen: "device-detector Tests/fixtures/smartphone-42.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "instagram", os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 13_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 KAKAOTALK 8.6.3",
    seen: "device-detector Tests/fixtures/mobile_apps.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "kakaotalk", os: "ios", os_version: "13.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; SM-F926N Build/RP1A.200720.012; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/94.0.4606.85 Safari/537.36;KAKAOTALK 2309520",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "kakaotalk", os: "android", os_version: "11", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.0.0; SM-G950N Build/R16NW; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/71.0.3578.99 Mobile Safari/537.36;KAKAOTALK 1908210",
    seen: "device-detector Tests/fixtures/smartphone-13.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "kakaotalk", os: "android", os_version: "8.0.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 8_2 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Mobile/12D508 Safari Line/5.9.5",
    seen: "device-detector Tests/fixtures/mobile_apps.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "line", os: "ios", os_version: "8.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 9_2_1 like Mac OS X) AppleWebKit/601.1.46 (KHTML, like Gecko) Mobile/13D15 Safari Line/5.10.0",
    seen: "device-detector Tests/fixtures/mobile_apps.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "line", os: "ios", os_version: "9.2.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; iData 50 Build/PPR1.180610.011; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/79.0.3945.116 Mobile Safari/537.36 Line/12.10.1/IAB",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "line", os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; Redmi Note 4 Build/NRD90M; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/66.0.3359.126 Mobile Safari/537.36 Line/8.5.3/IAB",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "line", os: "android", os_version: "7.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; SO-03H Build/32.3.E.0.140; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/64.0.3282.137 Mobile Safari/537.36 Line/8.3.1/IAB",
    seen: "device-detector Tests/fixtures/smartphone-14.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "line", os: "android", os_version: "7.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; VOG-L29 Build/HUAWEIVOG-L29; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/88.0.4324.93 Mobile Safari/537.36 Line/11.0.2/IAB",
    seen: "device-detector Tests/fixtures/smartphone-23.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "line", os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; HTC 2Q7A100 Build/PKQ1.181030.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/85.0.4183.127 Mobile Safari/537.36 Line/10.21.5/IAB",
    seen: "device-detector Tests/fixtures/smartphone-23.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "line", os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0.1; Redmi 4 Build/MMB29M; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/57.0.2987.132 Mobile Safari/537.36 Line/7.18.0/IAB",
    seen: "device-detector Tests/fixtures/smartphone-23.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "line", os: "android", os_version: "6.0.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; W_P200CM Build/O11019; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/87.0.4280.141 Mobile Safari/537.36 Line/10.21.5/IAB",
    seen: "device-detector Tests/fixtures/smartphone-24.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "line", os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.4.2; Flair P8 Build/KOT49H) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/30.0.0.0 Mobile Safari/537.36 Line/7.1.3/IAB",
    seen: "device-detector Tests/fixtures/smartphone-28.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "line", os: "android", os_version: "4.4.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 Linux; Android 5.1; BQ-5052 Build/LMY47D AppleWebKit/537.36 KHTML, like Gecko Version/4.0 Chrome/39.0.0.0 Mobile Safari/537.36 Line/7.1.3/IAB",
    seen: "device-detector Tests/fixtures/smartphone-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "line", os: "android", os_version: "5.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; SUGAR Y13s Build/QP1A.190711.020; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/101.0.4951.61 Mobile Safari/537.36 Line/12.6.1/IAB",
    seen: "device-detector Tests/fixtures/smartphone-31.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "line", os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 14; CPH2639 Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/127.0.6533.66 Mobile Safari/537.36 Line/14.12.2/IAB",
    seen: "device-detector Tests/fixtures/smartphone-40.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "line", os: "android", os_version: "14", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 15; CPH2689 Build/UKQ1.231108.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/132.0.6834.163 Mobile Safari/537.36 Line/15.0.0/IAB",
    seen: "device-detector Tests/fixtures/smartphone-41.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "line", os: "android", os_version: "15", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 15; JMS-L09 Build/AQ3A.241229.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/149.0.7827.93 Mobile Safari/537.36 Line/26.9.0/IAB",
    seen: "device-detector Tests/fixtures/tablet-12.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "line", os: "android", os_version: "15", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.2; Nexus 5X Build/N2G47F; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/57.0.2987.132 Mobile Safari/537.36 [FB_IAB/MESSENGER;FBAV/114.0.0.21.71;]",
    seen: "device-detector Tests/fixtures/mobile_apps.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "messenger", os: "android", os_version: "7.1.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 12_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/16C101 LightSpeed [FBAN/MessengerLiteForiOS;FBAV/326.1.0.37.112;FBBV/311948716;FBDV/iPhone8,1;FBMD/iPhone;FBSN/iOS;FBSV/12.1.2;FBSS/2;FBCR/;FBID/phone",
    seen: "device-detector Tests/fixtures/mobile_apps.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "messenger", os: "ios", os_version: "12.1.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1.1; Z716BL Build/LMY47V; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/57.0.2987.132 Mobile Safari/537.36 [FB_IAB/MESSENGER;FBAV/109.0.0.24.70;]",
    seen: "device-detector Tests/fixtures/smartphone-17.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "messenger", os: "android", os_version: "5.1.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; E7110 Build/1.048VZ.0198.a; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/90.0.4430.66 Mobile Safari/537.36 [FB_IAB/Orca-Android;FBAV/308.0.0.12.119;]",
    seen: "device-detector Tests/fixtures/smartphone-22.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "messenger", os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 9_3_5 like Mac OS X) AppleWebKit/601.1.46 (KHTML, like Gecko) Mobile/13G36 [FBAN/MessengerForiOS;FBAV/205.0.0.45.108;FBBV/144617131;FBDV/iPhone6,1;FBMD/iPhone;FBSN/iPhone OS;FBSV/9.3.5;FBSS/2;FBCR/Vodafone;FBID/phone;FBLC/en_US;FBOP/5]",
    seen: "device-detector Tests/fixtures/smartphone-31.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "messenger", os: "ios", os_version: "9.3.5", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 12_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/MessengerForiOS;FBDV/iPhone11,2;FBMD/iPhone;FBSN/iOS;FBSV/12.4.1;FBSS/3;FBID/phone;FBLC/de_DE;FBOP/5]",
    seen: "device-detector Tests/fixtures/smartphone-42.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "messenger", os: "ios", os_version: "12.4.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; CLT-L29 Build/HUAWEICLT-L29; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/66.0.3359.158 Mobile Safari/537.36 [FB_IAB/Orca-Android;FBAV/167.0.0.28.94;]",
    seen: "device-detector Tests/fixtures/smartphone-6.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "messenger", os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1; Mobiistar_LAI_Yuna_C Build/LMY47I) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/39.0.0.0 Mobile Safari/537.36 [FB_IAB/Orca-Android;FBAV/166.0.0.26.91;]",
    seen: "device-detector Tests/fixtures/smartphone-9.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "messenger", os: "android", os_version: "5.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0; mobiistar_LAI_Yuna_S Build/MRA58K; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/58.0.3029.83 Mobile Safari/537.36 [FB_IAB/MESSENGER;FBAV/116.0.0.18.70;]",
    seen: "device-detector Tests/fixtures/smartphone-9.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "messenger", os: "android", os_version: "6.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; Mobiistar_Zumbo_J2 Build/NRD90M; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/66.0.3359.158 Mobile Safari/537.36 [FB_IAB/Orca-Android;FBAV/167.0.0.28.94;]",
    seen: "device-detector Tests/fixtures/smartphone-9.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "messenger", os: "android", os_version: "7.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1; mobiistar PRIME X Grand Build/LMY47D; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/58.0.3029.83 Mobile Safari/537.36 [FB_IAB/MESSENGER;FBAV/118.0.0.19.82;]",
    seen: "device-detector Tests/fixtures/smartphone-9.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "messenger", os: "android", os_version: "5.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 12_5_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 LightSpeed [FBAN/MessengerLiteForiOS;FBAV/358.0.0.12.127;FBBV/365620646;FBDV/iPad4,3;FBMD/iPad;FBSN/iOS;FBSV/12.5.5;FBSS/2;FBCR/;FBID/tablet;FBLC/vi;FBOP/0]",
    seen: "device-detector Tests/fixtures/tablet-11.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "messenger", os: "ipados", os_version: "12.5.5", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; SM-A102N Build/RP1A.200720.012; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/90.0.4430.232 Whale/1.0.0.0 Crosswalk/26.90.3.16 Mobile Safari/537.36 NAVER(inapp; search; 1000; 11.10.5)",
    hints: { "x-requested-with": "com.nhn.android.search" },
    seen: "device-detector Tests/fixtures/clienthints-app.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "naver", os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/605.1 NAVER(inapp; search; 1010; 11.17.1; SE3)",
    seen: "device-detector Tests/fixtures/phablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "naver", os: "ios", os_version: "17.2.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 13_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.0 Mobile/15E148 Safari/605.1 NAVER(inapp; search; 700; 10.20.0; 11PROMAX)",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "naver", os: "ios", os_version: "13.1.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 11_2_6 like Mac OS X) AppleWebKit/604.1.34 (KHTML, like Gecko) Version/11.0 Mobile/15D100 Safari/604.1 NAVER(inapp; search; 690; 10.17.0; 6SPLUS)",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "naver", os: "ios", os_version: "11.2.6", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 13_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.0 Mobile/15E148 Safari/605.1 NAVER(inapp; search; 595; 10.17.0; 8PLUS)",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "naver", os: "ios", os_version: "13.3.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 13_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.0 Mobile/15E148 Safari/605.1 NAVER(inapp; search; 690; 10.18.2; XSMAX)",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "naver", os: "ios", os_version: "13.3.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 15_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.1 Mobile/15E148 Safari/605.1 NAVER(inapp; search; 1000; 11.8.10; 12PROMAX)",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "naver", os: "ios", os_version: "15.1.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 15_2_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.2 Mobile/15E148 Safari/605.1 NAVER(inapp; search; 1000; 11.8.10; 12PRO)",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "naver", os: "ios", os_version: "15.2.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 15_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.1 Mobile/15E148 Safari/605.1 NAVER(inapp; search; 1000; 11.8.10; 13)",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "naver", os: "ios", os_version: "15.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 12; SM-F721N Build/SP2A.220305.013; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/90.0.4430.232 Whale/1.0.0.0 Crosswalk/26.90.3.26 Mobile Safari/537.36 NAVER(inapp; search; 1010; 11.15.1)",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "naver", os: "android", os_version: "12", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 13_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.0 Mobile/15E148 Safari/605.1 NAVER(inapp; search; 700; 10.20.2; 11)",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "naver", os: "ios", os_version: "13.3.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 6_1_3 like Mac OS X) AppleWebKit/536.26 (KHTML, like Gecko) Mobile/10B329 NAVER(inapp; search; 310; 4.6.0; 4S)",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "naver", os: "ios", os_version: "6.1.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 9_3_2 like Mac OS X) AppleWebKit/601.1.46 (KHTML, like Gecko) Mobile/13F69 NAVER(inapp; search; 580; 8.2.2; 5S)",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "naver", os: "ios", os_version: "9.3.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 13_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.0 Mobile/15E148 Safari/605.1 NAVER(inapp; search; 680; 10.12.2; 6S)",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "naver", os: "ios", os_version: "13.3.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 13_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.0 Mobile/15E148 Safari/605.1 NAVER(inapp; search; 700; 10.20.2; 8)",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "naver", os: "ios", os_version: "13.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 13_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.0 Mobile/15E148 Safari/605.1 NAVER(inapp; search; 700; 10.20.2; XR)",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "naver", os: "ios", os_version: "13.3.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.0; ASUS_Z008D Build/LRX21V; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/45.0.2454.95 Mobile Safari/537.36 NAVER(inapp; search; 390; 6.4.5)",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "naver", os: "android", os_version: "5.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 15_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.1 Mobile/15E148 Safari/605.1 NAVER(inapp; search; 1000; 11.8.6; 12MINI)",
    seen: "device-detector Tests/fixtures/smartphone-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "naver", os: "ios", os_version: "15.1.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; SM-A307G Build/RP1A.200720.012; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/99.0.4844.88 Mobile Safari/537.36 EdgW/1.0",
    hints: { "x-requested-with": "com.microsoft.office.outlook" },
    seen: "device-detector Tests/fixtures/clienthints-app.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "outlook", os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 13_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.0.4 Mobile/15E148 Snapchat/11.9.0.45 (like Safari/604.1)",
    seen: "device-detector Tests/fixtures/mobile_apps.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "snapchat", os: "ios", os_version: "13.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 14; SM-S928B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/124.0.6367.4 Mobile Safari/537.36 Barcelona 323.1.0.35.109 Android (34/14; 600dpi; 1440x2839; samsung; SM-S928B; e3q; qcom; en_IN; 579136510)",
    seen: "device-detector Tests/fixtures/smartphone-38.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "threads", os: "android", os_version: "14", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 14; SM-S928W Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/122.0.6261.119 Mobile Safari/537.36 Barcelona 324.0.0.25.109 Android (34/14; 600dpi; 495x1082; samsung; SM-S928W; e3q; qcom; en_CA; 581020806)",
    seen: "device-detector Tests/fixtures/smartphone-38.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "threads", os: "android", os_version: "14", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; 6025H_EEA Build/RP1A.200720.011; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/91.0.4472.120 Mobile Safari/537.36 trill_2022003030 JsSdk/1.0 NetType/WIFI Channel/googleplay AppName/musical_ly app_version/20.7.5 ByteLocale/en ByteFullLocale/en Region/US",
    seen: "device-detector Tests/fixtures/mobile_apps.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "tiktok", os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0.1; SM-G532F Build/MMB29T; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/56.0.2924.87 Mobile Safari/537.36 TwitterAndroid",
    hints: { "x-requested-with": "com.twitter.android" },
    seen: "device-detector Tests/fixtures/clienthints-app.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "twitter", os: "android", os_version: "6.0.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; 2312DRAABG Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/122.0.6261.119 Mobile Safari/537.36 TwitterAndroid",
    seen: "device-detector Tests/fixtures/phablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "twitter", os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; CPH2451 Build/TP1A.220905.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/118.0.0.0 Mobile Safari/537.36 TwitterAndroid",
    seen: "device-detector Tests/fixtures/smartphone-37.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "twitter", os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 14; SM-A057G Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/122.0.6261.119 Mobile Safari/537.36 TwitterAndroid",
    seen: "device-detector Tests/fixtures/smartphone-38.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "twitter", os: "android", os_version: "14", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; IX PRO Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.188 Mobile Safari/537.36 TwitterAndroid",
    seen: "device-detector Tests/fixtures/smartphone-40.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "twitter", os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; IX Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.134 Mobile Safari/537.36 TwitterAndroid",
    seen: "device-detector Tests/fixtures/smartphone-40.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "twitter", os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; IX-1 Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/123.0.6312.100 Mobile Safari/537.36 TwitterAndroid",
    seen: "device-detector Tests/fixtures/smartphone-40.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "twitter", os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; iHunt S24 PLUS Build/T00624; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.134 Mobile Safari/537.36 TwitterAndroid",
    seen: "device-detector Tests/fixtures/smartphone-40.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "twitter", os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; iHunt_S23_PLUS Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.134 Mobile Safari/537.36 TwitterAndroid",
    seen: "device-detector Tests/fixtures/smartphone-40.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "twitter", os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; Hisense E70 Pro Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/114.0.5735.60 Mobile Safari/537.36 TwitterAndroid",
    seen: "device-detector Tests/fixtures/smartphone-40.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "twitter", os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 14; A301SH Build/S5080; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.134 Mobile Safari/537.36 TwitterAndroid",
    seen: "device-detector Tests/fixtures/smartphone-40.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "twitter", os: "android", os_version: "14", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; iPlay 50 Pro Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.134 Safari/537.36 TwitterAndroid",
    seen: "device-detector Tests/fixtures/smartphone-40.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "twitter", os: "android", os_version: "13", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 15; V2408A Build/AP3A.240905.015.A2_V000L1; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.71 Mobile Safari/537.36 TwitterAndroid",
    seen: "device-detector Tests/fixtures/smartphone-41.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "twitter", os: "android", os_version: "15", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 14; SN509C Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/135.0.7049.110 Mobile Safari/537.36 TwitterAndroid",
    seen: "device-detector Tests/fixtures/smartphone-41.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "twitter", os: "android", os_version: "14", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 14; SL219A Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/135.0.7049.100 Mobile Safari/537.36 TwitterAndroid",
    seen: "device-detector Tests/fixtures/smartphone-41.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "twitter", os: "android", os_version: "14", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 15; SM-S936U Build/AP3A.240905.015.A2; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/136.0.7103.44 Mobile Safari/537.36 TwitterAndroid",
    seen: "device-detector Tests/fixtures/smartphone-41.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "twitter", os: "android", os_version: "15", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 15; ABR-LX3 Build/HONORABR-L33; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/137.0.7151.61 Mobile Safari/537.36 TwitterAndroid",
    seen: "device-detector Tests/fixtures/smartphone-42.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "twitter", os: "android", os_version: "15", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 14; SM-A556B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/137.0.7151.116 Mobile Safari/537.36",
    hints: { "x-requested-with": "com.viber.voip" },
    seen: "device-detector Tests/fixtures/clienthints-app.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "viber", os: "android", os_version: "14", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.2; G011A Build/N2G48H; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/66.0.3359.158 Safari/537.36 Viber/11.9.5.8",
    seen: "device-detector Tests/fixtures/smartphone-4.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "viber", os: "android", os_version: "7.1.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.2.2; en-nz; SAMSUNG EK-GN120 Build/JDQ39) AppleWebKit/535.19 (KHTML, like Gecko) Version/1.0 Chrome/18.0.1025.308 Mobile Safari/535.19",
    seen: "device-detector Tests/fixtures/camera.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.2.2", mobile: true },
    known_miss: {
      truth: { in_app: "webview" },
      why: 'an old or vendor browser built on the WebView without its "; wv)" mark: nothing tells it from a browser',
    },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1; NOA_Mg12 Build/LMY47D) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/39.0.0.0 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-10.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.1", mobile: true },
    known_miss: {
      truth: { in_app: "webview" },
      why: 'an old or vendor browser built on the WebView without its "; wv)" mark: nothing tells it from a browser',
    },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.0.2; D6616 Build/23.1.C.0.399; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/53.0.2785.124 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-14.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "webview", os: "android", os_version: "5.0.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; Blade A3 2019-T Build/PPR1.180610.011; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/83.0.4103.106 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-17.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "webview", os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1; TWZ Y52 Build/1469686363) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/39.0.0.0 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-21.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.1", mobile: true },
    known_miss: {
      truth: { in_app: "webview" },
      why: 'an old or vendor browser built on the WebView without its "; wv)" mark: nothing tells it from a browser',
    },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; Wiko U520AS Build/QP1A.190711.020; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/80.0.3987.99 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-24.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "webview", os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1; Micromax Q301 Build/LMY47D; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/95.0.4638.74 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-28.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "webview", os: "android", os_version: "5.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; LINX TRIX 4G LS5041PL Build/OPM2.171019.012; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/65.0.3325.109 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "webview", os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; GLY1620 Build/PPR1.180610.011; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/71.0.3578.99 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-35.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "webview", os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 12; HBN-AL80 Build/HUAWEIHBN-AL80; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/99.0.4844.88 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-39.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "webview", os: "android", os_version: "12", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 15; 2506BPN68G) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/141.0.7390.122 Mobile/15E148 Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-42.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "15", mobile: true },
    known_miss: {
      truth: { in_app: "webview" },
      why: 'an old or vendor browser built on the WebView without its "; wv)" mark: nothing tells it from a browser',
    },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1; InnJoo X Build/LMY47D; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/62.0.3202.84 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-7.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "webview", os: "android", os_version: "5.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; Multilaser_G_Max Build/V9_20191024; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/83.0.4103.106 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "webview", os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.4.4; MC_FAUST3 Build/2022-08-15_11-38_2.1.2_467fe95) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/33.0.0.0 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/tablet-10.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.4.4", mobile: true },
    known_miss: {
      truth: { in_app: "webview" },
      why: 'an old or vendor browser built on the WebView without its "; wv)" mark: nothing tells it from a browser',
    },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1.1; SPACE10_PLUS_3G Build/LMY48G) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/39.0.0.0 Safari/537.36",
    seen: "device-detector Tests/fixtures/tablet-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.1.1", mobile: false },
    known_miss: {
      truth: { in_app: "webview" },
      why: 'an old or vendor browser built on the WebView without its "; wv)" mark: nothing tells it from a browser',
    },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; TB328XU Build/RP1A.201005.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/108.0.5359.128 Safari/537.36",
    seen: "device-detector Tests/fixtures/tablet-9.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "webview", os: "android", os_version: "11", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; POLAR_WK_P42L21T2CSM Build/PPR2.180905.006.A1; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/66.0.3359.158 Safari/537.36",
    seen: "device-detector Tests/fixtures/tv-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "webview", os: "android", os_version: "9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; 32F550T Build/RP1A.200720.011; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/113.0.5672.163 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/tv-4.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "webview", os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.2.2; zh-cn; N1T Build/JDQ39) AppleWebKit/533.1 (KHTML, like Gecko)Version/4.0 MQQBrowser/5.4 TBS/025440 Mobile Safari/533.1 MicroMessenger/6.2.0.54_r1169949.561 NetType/WIFI Language/zh_CN",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "wechat", os: "android", os_version: "4.2.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.3; zh-cn; X9077 Build/JLS36C) AppleWebKit/533.1 (KHTML, like Gecko)Version/4.0 MQQBrowser/5.4 TBS/025440 Mobile Safari/533.1 MicroMessenger/6.2.2.54_rec1912d.581 NetType/cmnet Language/zh_CN",
    seen: "device-detector Tests/fixtures/smartphone-10.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "wechat", os: "android", os_version: "4.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; PAAM00 Build/OPM1.171019.011; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/62.0.3202.84 Mobile Safari/537.36 MicroMessenger/6.6.5.1280(0x26060532) NetType/WIFI Language/zh_CN",
    seen: "device-detector Tests/fixtures/smartphone-11.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "wechat", os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.4.4; zh-cn; R8107 Build/KTU84P) AppleWebKit/533.1 (KHTML, like Gecko)Version/4.0 MQQBrowser/5.4 TBS/025440 Mobile Safari/533.1 MicroMessenger/6.2.4.51_rdf8da56.600 NetType/cmnet Language/zh_CN",
    seen: "device-detector Tests/fixtures/smartphone-11.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "wechat", os: "android", os_version: "4.4.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.4.4; zh-cn; R8200 Build/KTU84P) AppleWebKit/533.1 (KHTML, like Gecko)Version/4.0 MQQBrowser/5.4 TBS/025440 Mobile Safari/533.1 MicroMessenger/6.2.2.54_rec1912d.581 NetType/3gnet Language/zh_CN",
    seen: "device-detector Tests/fixtures/smartphone-11.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "wechat", os: "android", os_version: "4.4.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.3; zh-cn; R830S Build/JLS36C) AppleWebKit/533.1 (KHTML, like Gecko)Version/4.0 MQQBrowser/5.4 TBS/025411 Mobile Safari/533.1 MicroMessenger/6.2.2.54_rec1912d.581 NetType/3gnet Language/zh_CN",
    seen: "device-detector Tests/fixtures/smartphone-11.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "wechat", os: "android", os_version: "4.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.4.4; zh-cn; TCL M2M Build/KTU84P) AppleWebKit/533.1 (KHTML, like Gecko)Version/4.0 MQQBrowser/5.4 TBS/025440 Mobile Safari/533.1 MicroMessenger/6.1.0.74_r1098891.543 NetType/WIFI",
    seen: "device-detector Tests/fixtures/smartphone-15.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "wechat", os: "android", os_version: "4.4.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.4.4; HUAWEI ALE-CL00 Build/HuaweiALE-CL00; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/53.0.2785.49 Mobile MQQBrowser/6.2 TBS/043024 Safari/537.36 MicroMessenger/6.5.4.1000 NetType/4G Language/zh_CN",
    seen: "device-detector Tests/fixtures/smartphone-23.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "wechat", os: "android", os_version: "4.4.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.3; zh-cn; U9180 Build/JLS36C) AppleWebKit/533.1 (KHTML, like Gecko)Version/4.0 MQQBrowser/5.4 TBS/025440 Mobile Safari/533.1 MicroMessenger/6.2.4.51_rdf8da56.600 NetType/WIFI Language/zh_CN",
    seen: "device-detector Tests/fixtures/smartphone-25.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "wechat", os: "android", os_version: "4.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; PHF110 Build/RKQ1.211119.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160117 MMWEBSDK/20231202 MMWEBID/4213 MicroMessenger/8.0.46.2540(0x28002E3C) WeChat/arm64 Weixin NetType/5G Language/zh_CN ABI/arm64",
    seen: "device-detector Tests/fixtures/smartphone-39.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "wechat", os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.4.2; zh-cn; ETON I12 Build/KOT49H) AppleWebKit/533.1 (KHTML, like Gecko)Version/4.0 MQQBrowser/5.4 TBS/025440 Mobile Safari/533.1 MicroMessenger/6.2.4.49_r8d971a2.600 NetType/WIFI Language/zh_CN",
    seen: "device-detector Tests/fixtures/smartphone-4.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "wechat", os: "android", os_version: "4.4.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.3; zh-cn; GN9000L Build/JLS36C) AppleWebKit/533.1 (KHTML, like Gecko)Version/4.0 MQQBrowser/5.4 TBS/025438 Mobile Safari/533.1 MicroMessenger/6.2.2.54_rec1912d.581 NetType/cmnet Language/zh_CN",
    seen: "device-detector Tests/fixtures/smartphone-4.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "wechat", os: "android", os_version: "4.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.4.2; zh-cn; HS-X1 Build/KVT49L) AppleWebKit/533.1 (KHTML, like Gecko)Version/4.0 MQQBrowser/5.4 TBS/025440 Mobile Safari/533.1 MicroMessenger/6.1.0.74_r1098891.543 NetType/3gnet",
    seen: "device-detector Tests/fixtures/smartphone-5.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "wechat", os: "android", os_version: "4.4.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.4.4; G621-TL00 Build/HonorG621-TL00) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/33.0.0.0 Mobile Safari/537.36 MicroMessenger/6.0.2.56_r958800.520 NetType/cmnet",
    seen: "device-detector Tests/fixtures/smartphone-6.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "wechat", os: "android", os_version: "4.4.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.4.2; zh-cn; Che2-TL00H Build/HonorChe2-TL00H) AppleWebKit/533.1 (KHTML, like Gecko)Version/4.0 MQQBrowser/5.4 TBS/025440 Mobile Safari/533.1 MicroMessenger/6.2.2.54_rec1912d.581 NetType/WIFI Language/zh_CN",
    seen: "device-detector Tests/fixtures/smartphone-6.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "wechat", os: "android", os_version: "4.4.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.0; LLD-AL00 Build/HONORLLD-AL00; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/57.0.2987.132 MQQBrowser/6.2 TBS/044109 Mobile Safari/537.36 MicroMessenger/6.6.7.1321(0x26060739) NetType/4G Language/zh_CN",
    seen: "device-detector Tests/fixtures/smartphone-6.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "wechat", os: "android", os_version: "8.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.0; RNE-AL00 Build/HUAWEIRNE-AL00; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/57.0.2987.132 MQQBrowser/6.2 TBS/044408 Mobile Safari/537.36 MMWEBID/7065 MicroMessenger/7.0.1380(0x27000034) Process/tools NetType/4G Language/zh_CN",
    seen: "device-detector Tests/fixtures/smartphone-6.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "wechat", os: "android", os_version: "8.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; JKM-AL00 Build/HUAWEIJKM-AL00; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/66.0.3359.126 MQQBrowser/6.2 TBS/044432 Mobile Safari/537.36 MMWEBID/1418 MicroMessenger/7.0.1380(0x2700003A) Process/tools NetType/4G Language/zh_CN",
    seen: "device-detector Tests/fixtures/smartphone-7.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "wechat", os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) discord/0.0.26 Chrome/108.0.5359.215 Electron/22.3.2 Safari/537.36",
    seen: "ua-parser-js test/data/ua/extension/inapp.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "discord", os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 11_3_1) AppleWebKit/537.36 (KHTML, like Gecko) Teams/1.8.00.3758 Chrome/126.0.6478.261 Electron/31.7.7 Safari/537.36",
    seen: "ua-parser-js test/data/ua/extension/inapp.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "teams", os: "macos", os_version: "11.3.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.39.90 Chrome/127.0.6533.72 Electron/13.1.9 Safari/537.36",
    seen: "ua-parser-js test/data/ua/extension/inapp.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "slack", os: "macos", os_version: "10.15.7", mobile: false },
  },
  // browsers, labelled by their source
  {
    ua: "Mozilla/5.0 (Android; Linux armv7l; rv:10.0) Gecko/20120118 Firefox/10.0 Fennec/10.0",
    seen: "device-detector Tests/fixtures/unknown.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 2.3.6; in-id; A7* Build/GRK39F) AppleWebKit/533.1 (KHTML, like Gecko) Version/4.0 Mobile Safari/533.1",
    seen: "device-detector Tests/fixtures/unknown.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "2.3.6", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 2.3.6; zh-cn; MT917 Build/6.5.1_GC-146-DNRTD-9) AppleWebKit/533.1 (KHTML, like Gecko) Version/4.0 Mobile Safari/533.1",
    seen: "device-detector Tests/fixtures/unknown.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "2.3.6", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 2.3.7; en-us; nine i7400 Build/REL_2.3.12) AppleWebKit/533.1 (KHTML, like Gecko) Version/4.0 Mobile Safari/533.1",
    seen: "device-detector Tests/fixtures/unknown.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "2.3.7", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 2.3.7; ja-jp; IS12S Build/6.0.D.0.272) AppleWebKit/533.1 (KHTML, like Gecko) Version/4.0 Mobile Safari/533.1",
    seen: "device-detector Tests/fixtures/unknown.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "2.3.7", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.0.3; bg-bg; EPAD Build/IML74K) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30",
    seen: "device-detector Tests/fixtures/unknown.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.0.3; en-us; Build/S5110-01-V2.1-20120801) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Safari/534.30",
    seen: "device-detector Tests/fixtures/unknown.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0.3", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.0.3; en-us; T10A Build/IML74K) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Safari/534.30",
    seen: "device-detector Tests/fixtures/unknown.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0.3", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.0.3; fr-fr; MIDR47B Build/eng.glwx.20121127.134615) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Safari/534.30",
    seen: "device-detector Tests/fixtures/unknown.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0.3", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.0.3; ru-ru; T-800 Build/ICS.g04w138188ref.20121030) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Safari/534.30",
    seen: "device-detector Tests/fixtures/unknown.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0.3", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.0.3; zh-cn; I_7520 Build/IML74K) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30",
    seen: "device-detector Tests/fixtures/unknown.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.0.4; ar-eg; A704J Build/IMM76D) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30",
    seen: "device-detector Tests/fixtures/unknown.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.0.4; en-ca; MID Build/IMM76D) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30",
    seen: "device-detector Tests/fixtures/unknown.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.0.4; en-gb; A088 Build/IMM76D) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30",
    seen: "device-detector Tests/fixtures/unknown.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.0.4; en-us; ANDROID T3i Build/IMM76D) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30",
    seen: "device-detector Tests/fixtures/unknown.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.0.4; en-us; Gadmei ICS Build/E8HD-T364-1280x768) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Safari/534.30",
    seen: "device-detector Tests/fixtures/unknown.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0.4", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.0.4; en-us; M006-Q Build/IMM76D) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Safari/534.30",
    seen: "device-detector Tests/fixtures/unknown.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0.4", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.0.4; en-us; Spark Build/IMM76D) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Safari/534.30",
    seen: "device-detector Tests/fixtures/unknown.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0.4", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.0.4; en-us; UM-A13 Build/IMM76D) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30",
    seen: "device-detector Tests/fixtures/unknown.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.0.4; es-es; MW0710 Build/IMM76D) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Safari/534.30",
    seen: "device-detector Tests/fixtures/unknown.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0.4", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.0.4; es-es; TAB-1030 Build/IMM76D) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Safari/534.30",
    seen: "device-detector Tests/fixtures/unknown.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0.4", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.0.4; fr-fr; MHU001D Build/MHU001D) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30",
    seen: "device-detector Tests/fixtures/unknown.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.0.4; ms-my; MID Build/IMM76D) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Safari/534.30",
    seen: "device-detector Tests/fixtures/unknown.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0.4", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.0.4; pt-pt; DEM752NC Build/IMM76I) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Safari/534.30",
    seen: "device-detector Tests/fixtures/unknown.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0.4", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.0.4; ru-ru; M83w Build/M83w-eng 4.0.4 IMM76D test-keys_OTA:MID_2.1.1.1_20120905.203550) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Safari/534.30",
    seen: "device-detector Tests/fixtures/unknown.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0.4", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 2.3.3; ja-jp; COOLPIX S800c Build/CP01_WW) AppleWebKit/533.1 (KHTML, like Gecko) Version/4.0 Mobile Safari/533.1",
    seen: "device-detector Tests/fixtures/camera.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "2.3.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.0.2; DMC-CM1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/77.0.3865.92 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/camera.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.0.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.0; de-DE; EK-GC100 Build/IMM76D) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30",
    seen: "device-detector Tests/fixtures/camera.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.1.2; EK-GC100 Build/JZO54K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/28.0.1500.63 Mobile Safari/537.36 OPR/15.0.1162.60140",
    seen: "device-detector Tests/fixtures/camera.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.1.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.3; EK-GC200 Build/JSS15J) AppleWebKit/537.36 (KHTML like Gecko) Chrome/35.0.1916.141 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/camera.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.1.2; EK-GC110 Build/JZO54K) AppleWebKit/535.19 (KHTML, like Gecko) Chrome/18.0.1025.166 Mobile Safari/535.19",
    seen: "device-detector Tests/fixtures/camera.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.1.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.4.2; CarPad-III-P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/77.0.3865.116 Safari/537.36",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.4.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.1.1; ru-ru; KZCAR Build/JRO03C) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Safari/534.30",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; OCTA-CORE T8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/88.0.4324.181 Safari/537.36",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "11", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; OCTOPUS-CORE T8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/90.0.4430.91 Safari/537.36",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; QUAD-CORE T3 k2001o nwd) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/90.0.4430.210 Safari/537.36",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9.1; F9212A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/93.0.4577.82 Safari/537.36",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; FF-5000) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/95.0.4638.74 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.4; MPC-50) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/76.0.3809.132 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8; MPC-110DSP Build/O11019) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/61.0.3163.98 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; ZQ8003) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/97.0.4692.87 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; 825X_Pro) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/95.0.4638.74 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; 8227L_demo) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/99.0.4844.58 Safari/537.36",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; SDA-80TAB) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/107.0.0.0 Safari/537.36",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; PRO 8475) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/110.0.0.0 Safari/537.36",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; VC8300) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/108.0.0.0 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10.0; YT5760B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/111.0.0.0 Safari/537.36",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10.0; YT5716C) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/78.0.3904.96 Safari/537.36",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10.0; YT7216) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/78.0.3904.96 Safari/537.36",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10.0; YT7260B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/108.0.0.0 Safari/537.36",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10.0; YT9216CJ) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/110.0.0.0 Safari/537.36",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9.0.0; YT9216BJ) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/110.0.0.0 Safari/537.36",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9.0.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; arm; Android 9; MPC-100) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/112.0.0.0 YaBrowser/23.5.3.75.00 SA/3 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; AFTLBT962E2) AppleWebKit/537.36 (KHTML, like Gecko) Silk/118.3.1 like Chrome/118.0.5993.155 Safari/537.36",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; arm; Android 12; tb8163p3_bsp) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.533 YaSearchBrowser/24.17/apad BroPP/1.0 YaSearchApp/24.17/apad webOmni SA/3 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "12", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; APOLLO10 PRO) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/78.0.3904.96 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.1.1; ARCHOS GAMEPAD Build/JRO03H) AppleWebKit/535.19 (KHTML, like Gecko) Chrome/18.0.1025.166 Safari/535.19",
    seen: "device-detector Tests/fixtures/console.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.2.2; fr-fr; ARCHOS GAMEPAD2 Build/JDQ39) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Safari/534.30",
    seen: "device-detector Tests/fixtures/console.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.2.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android OUYA 4.1.2; en-us; OUYA Build/JZO54L-OUYA) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Safari/534.30",
    seen: "device-detector Tests/fixtures/console.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; Retroid Pocket 2Plus) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/95.0.4638.74 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/console.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.4.4; DEXP Freya) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 YaBrowser/18.11.1.1008.01 Safari/537.36",
    seen: "device-detector Tests/fixtures/console.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.4.4", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; Retroid Pocket 2+) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/111.0.0.0 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/console.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 12; Razer Edge 5G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/console.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "12", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 12; RG405V) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/78.0.3904.96 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/console.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "12", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 12; RG505) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/78.0.3904.96 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/console.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "12", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; arm_64; Android 13; Retroid Pocket 4 Pro) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.96 YaBrowser/24.4.3.96.00 SA/3 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/console.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 11; en-US; Retroid Pocket 3 Plus Build/RP1A.201005.001) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/78.0.3904.108 UCBrowser/13.4.5.1308 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/console.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; RG556) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/console.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; RG406V) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/console.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; RGCUBE) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/console.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; Retroid Pocket 5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/console.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; arm_64; Android 12; RG405M) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.6834.33 YaBrowser/25.3.0.33.00 SA/3 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/console.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "12", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; 20JJS0CU1M) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.113 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "13", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0; AfriOne 2in1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/77.0.3865.92 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "6.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1; HiBox-hero) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/78.0.3904.62 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.4.4; Aspire V5-121 Build/KTU84Q) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.2214.89 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.4.4", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; BilimBook mini) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/88.0.4324.93 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.2; HP EliteBook 820 G2) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/86.0.4240.185 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.1; Aspire 4349) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/72.0.3626.121 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1.1; Aquarius Pro, Std, Elt Series) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/75.0.3770.143 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; ZC-339) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/103.0.0.0 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.1; Latitude 7390) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/102.0.5005.78 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; SATELLITE L50-C) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/102.0.0.0 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; Satellite C655) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/85.0.4183.127 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; Satellite A100) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/71.0.3578.99 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; Satellite Pro L300) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/75.0.3770.67 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.1; Inspiron 5567) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/75.0.3770.101 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.1; Inspiron 5545) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/74.0.3729.136 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.1; Inspiron 5468) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/72.0.3626.121 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.1; Inspiron 3558) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/85.0.4183.101 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.1; Inspiron 3542) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/73.0.3683.90 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.1; Inspiron 3521) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/75.0.3770.143 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.1; F0CU0028RK) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/75.0.3770.89 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; Inspiron 13-5378) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/74.0.3729.157 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; TravelMate Spin B118-G2-R) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/101.0.4951.61 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; TravelMate P653-M) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/83.0.4103.106 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; TravelMate 5760G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/77.0.3865.116 Safari/537.36 OPR/55.1.2719.50626",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; WISENET5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.110 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.2; ODROID-XU4) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/75.0.3770.143 Safari/537.36",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.1.2; en-us; ODROID-U2 Build/JZO54L) AppleWebKit/534.30 (KHTML like Gecko) Version/4.0 Safari/534.30",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.1.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; MFSTAB_74G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.93 Safari/537.36",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1.1; XGIMI TV) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.138 Safari/537.36",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; DT40) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/94.0.4606.85 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0; V1s-G Build/MRA58K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/56.0.2924.87 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "6.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; CK65) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/95.0.4638.74 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0.1; PM80) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/98.0.4758.87 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "6.0.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.2; DiMagic Cube DM011) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/94.0.4606.85 Safari/537.36",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.4.2; TPS390) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/76.0.3809.36 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.4.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1.1; TeachTouch Table) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/74.0.3729.157 Safari/537.36",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; CN80) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/103.0.0.0 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.2; Tinker Board) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/85.0.4183.127 Safari/537.36",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.2; PTC760) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.116 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; M3US20W) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/102.0.5005.78 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 6.0.1; ru-RU; WIZARPOS Q2 Build/MMB29M) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "6.0.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.2.2; EFT_H2 Build/JDQ39) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/42.0.2311.111 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.2.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; CT40) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/96.0.4664.104 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; MC2700) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/106.0.0.0 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; Smart_Prime) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/107.0.0.0 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; MC2200) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/96.0.4664.92 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; PNC550) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/87.0.4280.66 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; arm_64; Android 10; EFT_H4) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/106.0.0.0 YaBrowser/22.11.3.89.00 SA/3 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; NLS-MT65) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/101.0.4951.61 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; arm_64; Android 11; Note 13P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/104.0.5112.124 YaBrowser/22.9.5.73.00 SA/3 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/phablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 11; uz-uz; Redmi Note 11 Pro 5G Build/RKQ1.211001.001) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/100.0.4896.127 Mobile Safari/537.36 XiaoMi/MiuiBrowser/13.14.1-gn",
    seen: "device-detector Tests/fixtures/phablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1; M-PPxX525U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/76.0.3809.132 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/phablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 12; en; TECNO Mobile LG6n Build/SP1A.210812.016) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/103.0.5060.129 HiBrowser/v2.9.3.4 UWS/ Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/phablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "12", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; M2007J22G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/89.0.4389.105 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/phablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 13; ru-ru; 23124RA7EO Build/TKQ1.221114.001) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/61.0.3163.128 Mobile Safari/537.36 XiaoMi/Mint Browser/3.9.3",
    seen: "device-detector Tests/fixtures/phablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; arm_64; Android 14; SM-F946N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.39 YaBrowser/24.4.7.39.00 SA/3 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/phablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "14", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 14; Infinix X6716B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/phablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "14", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 15; en-US; Infinix X6858 Build/AP3A.240905.015.A2) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/123.0.6312.80 UCBrowser/14.4.0.1353 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/phablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "15", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; arm_64; Android 15; TECNO LJ9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.7204.108 YaBrowser/25.8.3.108.00 SA/3 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/phablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "15", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.1; REVVLPLUS C3701A Build/143.02.171026.3701A-TMO) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/67.0.3396.87 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.1; M-MP721M Build/JZO54K) AppleWebKit/537.31 (KHTML, like Gecko) Chrome/26.0.1410.58 Mobile Safari/537.31",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 5.0.2; SM-G530F Build/LRX22G) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/57.0.2987.108 Mobile Safari/537.36 UCBrowser/12.10.0.1163 UCTurbo/1.4.2.893",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.0.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.0.4; el-gr; GT-N7000 Build/IMM76D) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; SM-N980F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/84.0.4147.125 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0; SM-910U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/78.0.3904.62 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "6.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.1; SAMSUNG SM-N950F Build/NMF26X) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/6.2 Chrome/56.0.2924.87 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.4.2; SOL24 Build/14.3.C.0.300) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/64.0.3282.137 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.4.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 9; zh-CN; Redmi Note 7 Pro Build/PKQ1.181203.001) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/57.0.2987.108 UCBrowser/12.9.1.1071 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; M2101K7BG) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/90.0.4430.210 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; Infinix X687) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/91.0.4472.88 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; SM-N986U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/93.0.4577.82 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; 21121119SC) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/97.0.4692.98 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; SM-F926U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.4896.58 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 12; Infinix X670) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/102.0.0.0 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "12", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 2.3; fr-fr; COWON D3 Build/GINGERBREAD) AppleWebKit/533.1 (KHTML, like Gecko) Version/4.0 Mobile Safari/533.1",
    seen: "device-detector Tests/fixtures/portable_media_player.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "2.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 2.3.5; fr-fr; COWON Z2 Build/GINGERBREAD) AppleWebKit/533.1 (KHTML, like Gecko) Version/4.0 Mobile Safari/533.1",
    seen: "device-detector Tests/fixtures/portable_media_player.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "2.3.5", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 2.1-update1; ja-jp; Panasonic SV-MV100 Build/ERE27) AppleWebKit/530.17 (KHTML, like Gecko) Version/4.0 Mobile Safari/530.17",
    seen: "device-detector Tests/fixtures/portable_media_player.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "2.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 2.3.6; ko-kr; YP-GB1 Build/GINGERBREAD) AppleWebKit/533.1 (KHTML, like Gecko) Version/4.0 Mobile Safari/533.1",
    seen: "device-detector Tests/fixtures/portable_media_player.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "2.3.6", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 2.3.6; it-it; YP-GI1 Build/GINGERBREAD) AppleWebKit/533.1 (KHTML, like Gecko) Version/4.0 Mobile Safari/533.1",
    seen: "device-detector Tests/fixtures/portable_media_player.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "2.3.6", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1.1; HMT390Q) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/78.0.3904.62 Safari/537.36",
    seen: "device-detector Tests/fixtures/portable_media_player.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; DV-PTB1080) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/84.0.4147.125 Safari/537.36",
    seen: "device-detector Tests/fixtures/portable_media_player.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 2.3.4; ja-jp; NW-Z1000Series Build/C121) AppleWebKit/533.1 (KHTML, like Gecko) Version/4.0 Mobile Safari/533.1",
    seen: "device-detector Tests/fixtures/portable_media_player.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "2.3.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1.1; LENCO Diverso-700) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/74.0.3729.157 Safari/537.36",
    seen: "device-detector Tests/fixtures/portable_media_player.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; FiiO M17) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/85.0.4183.101 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/portable_media_player.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 7.1.1; zh-CN; Shanling M6(21) Build/NMF26F) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/78.0.3904.108 Quark/5.2.2.186 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/portable_media_player.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; SLTDVD1024) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.4896.127 Safari/537.36",
    seen: "device-detector Tests/fixtures/portable_media_player.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; DRP29101) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/80.0.3987.162 Safari/537.36",
    seen: "device-detector Tests/fixtures/portable_media_player.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; SLTDVD1023) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/80.0.3987.149 Safari/537.36",
    seen: "device-detector Tests/fixtures/portable_media_player.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; DRP2091) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.138 Safari/537.36",
    seen: "device-detector Tests/fixtures/portable_media_player.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; NW-ZX500Series) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/104.0.0.0 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/portable_media_player.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1.1; MusicPAD_M1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/76.0.3809.111 Safari/537.36",
    seen: "device-detector Tests/fixtures/portable_media_player.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1.1; MusicPAD_H1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/77.0.3865.73 Safari/537.36",
    seen: "device-detector Tests/fixtures/portable_media_player.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 11; zh-Hans-CN; HITV205N Build/RKQ1.210107.001) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/78.0.3904.108 Quark/5.2.2.186 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/portable_media_player.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 12; NW-A300Series) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/105.0.0.0 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/portable_media_player.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "12", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; FiiO M11) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/portable_media_player.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; NW-A100Series) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/86.0.4240.110 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/portable_media_player.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1.1; XDP-300R Build/LMY47V) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/50.0.2661.89 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/portable_media_player.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.1.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; Y57A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/87.0.4280.141 Safari/537.36",
    seen: "device-detector Tests/fixtures/portable_media_player.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "11", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; SWOFY M503-Pro) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/portable_media_player.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.0.4; fr-be; DA220HQL Build/IMM76D) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Safari/534.30",
    seen: "device-detector Tests/fixtures/smart_display.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0.4", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.2.1; DA241HL Build/JOP40D) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/34.0.1847.114 Safari/537.36",
    seen: "device-detector Tests/fixtures/smart_display.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.2.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.0.4; de-de; VSD220 Build/IMM76D.UI23ED12_VSC) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Safari/534.30",
    seen: "device-detector Tests/fixtures/smart_display.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0.4", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.0.0; IFP9850-3) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/75.0.3739.0 Safari/537.36",
    seen: "device-detector Tests/fixtures/smart_display.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.0.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.0.0; IFP6550-3) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/76.0.3809.85 Safari/537.36",
    seen: "device-detector Tests/fixtures/smart_display.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.0.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; T2s_LITE) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/95.0.4638.74 Safari/537.36",
    seen: "device-detector Tests/fixtures/smart_display.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.2; 10BDL4151T) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/74.0.3729.157 Safari/537.36",
    seen: "device-detector Tests/fixtures/smart_display.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.2.2; DA222HQL Build/JDQ39) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/33.0.1750.136 Safari/537.36",
    seen: "device-detector Tests/fixtures/smart_display.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.2.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; AEOHY) AppleWebKit/537.36 (KHTML, like Gecko) Silk/94.3.10 like Chrome/94.0.4606.126 Safari/537.36",
    seen: "device-detector Tests/fixtures/smart_speaker.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.2; AEOCN) AppleWebKit/537.36 (KHTML, like Gecko) Silk/110.6.7 like Chrome/110.0.5481.212 Safari/537.36",
    seen: "device-detector Tests/fixtures/smart_speaker.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; AEOAT) AppleWebKit/537.36 (KHTML, like Gecko) Silk/112.6.3 like Chrome/112.0.5615.213 Safari/537.36",
    seen: "device-detector Tests/fixtures/smart_speaker.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; AEOTA) AppleWebKit/537.36 (KHTML, like Gecko) Silk/106.4.3 like Chrome/106.0.5249.190 Safari/537.36",
    seen: "device-detector Tests/fixtures/smart_speaker.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1.1; AEOBP) AppleWebKit/537.36 (KHTML, like Gecko) Silk/100.1.158 like Chrome/100.0.4896.127 Safari/537.36",
    seen: "device-detector Tests/fixtures/smart_speaker.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; AEOHY) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/94.0.4606.126 Safari/537.36",
    seen: "device-detector Tests/fixtures/smart_speaker.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.2; AEOCN) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/110.0.5481.212 Safari/537.36",
    seen: "device-detector Tests/fixtures/smart_speaker.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; AEOAT) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/112.0.5615.213 Safari/537.36",
    seen: "device-detector Tests/fixtures/smart_speaker.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; AEOTA) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/106.0.5249.190 Safari/537.36",
    seen: "device-detector Tests/fixtures/smart_speaker.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1.1; AEOBP) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.4896.127 Safari/537.36",
    seen: "device-detector Tests/fixtures/smart_speaker.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; AEORH) AppleWebKit/537.36 (KHTML, like Gecko) Silk/130.5.2 like Chrome/130.0.6723.142 Safari/537.36",
    seen: "device-detector Tests/fixtures/smart_speaker.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.2; AEOHP Build/NS6546;) AppleWebKit/537.36 (KHTML, like Gecko) Silk/126.3.601 like Chrome/126.0.6478.242 Safari/537.36",
    seen: "device-detector Tests/fixtures/smart_speaker.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 11; en-us; SM-A715F Build/JOP24G) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/68.0.3440.91 Mobile Safari/537.36",
    hints: { "x-requested-with": "org.mozilla.firefox" },
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0; 5010U Build/MRA58K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/52.0.2743.98 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "6.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 7.0; en-US; i5032 Build/NRD90M) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/57.0.2987.108 UCBrowser/12.10.1.1191 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-10.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.3; R7007 Build/JLS36C) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/38.0.2125.114 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-11.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; RMX1942) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/77.0.3865.116 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-11.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; SAMSUNG SM-A9200) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/11.1 Chrome/75.0.3770.143 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-12.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 12; 4188C) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/103.0.0.0 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-12.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "12", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0.1; SAMSUNG SM-G930X) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/11.1 Chrome/75.0.3770.143 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-13.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "6.0.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; 706SH) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/83.0.4103.106 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-14.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.0.0; SOV36 Build/47.1.C.9.34) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/67.0.3396.87 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-14.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.0.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; TM-5074) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/77.0.3865.73 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-15.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; vivo 1714 Build/NRD90M) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/ Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-16.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.2.2; de-de; ZOPO ZP998 Build/JDQ39) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30 XiaoMi/MiuiBrowser/1.0",
    seen: "device-detector Tests/fixtures/smartphone-16.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.2.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; RMX2075) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/85.0.4183.101 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-17.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.2.2; TF-SP5002) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 YaBrowser/18.11.1.1011.00 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-18.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.2.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.4.2; Elephone G5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/78.0.3904.108 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-19.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.4.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.4.2; en-US; ASUS_Z002 Build/KVT49L) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 UCBrowser/10.0.1.512 U3/0.8.0 Mobile Safari/534.30",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.4.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.0; BLU STUDIO C) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.64 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; 16th Plus) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/86.0.4240.198 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-20.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; GOME_C7_Note) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/85.0.4183.81 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-20.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; Nitro_5X) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/80.0.3987.132 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-21.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; NOTE 20 PRO) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/89.0.4389.105 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-22.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; BE_et) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/85.0.4183.127 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-22.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0; Venus X17) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/78.0.3904.62 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-23.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "6.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; HTC U11 life) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/84.0.4147.125 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-24.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; SM-G986U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/90.0.4430.91 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-24.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; arm_64; Android 7.1.1; ZTE A0622) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/90.0.4430.216 YaBrowser/21.5.6.56.00 SA/3 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-25.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; Redmi 4 Prime) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/91.0.4472.77 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-25.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1; QUANTUM_5_500_RUGGED) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/73.0.3683.90 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-26.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; Nomi_i5511) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/93.0.4577.82 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-26.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; TECNO BC1s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/95.0.4638.50 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-27.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; SM-E625F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/96.0.4664.45 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-28.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0; BUSH SPIRA B3 5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.116 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-28.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "6.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 6.0; zh-CN; KONKA 509 Build/MRA58K) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/78.0.3904.108 Quark/5.4.2.196 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-29.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "6.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; arm_64; Android 7.0; SM-G928C) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/98.0.4758.141 YaApp_Android/22.36.1 YaSearchBrowser/22.36.1 BroPP/1.0 SA/3 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-29.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1; Flare_J1_mini Build/LMY47D) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/61.0.3163.98 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; V2120) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/96.0.4664.92 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; RMX3511) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/101.0.4951.61 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-30.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; Infinix X623) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/98.0.4758.101 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-30.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; BLACK_PRO) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/80.0.3987.87 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-31.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.2.2; zh-cn; Lovme-X22 Build/JDQ39) AppleWebKit/537.36 (KHTML like Gecko)Version/4.0 MQQBrowser/5.0 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-31.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.2.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.0; MyPhone Rio 2 Fun) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/85.0.4183.81 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-32.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; B5Pro) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/84.0.4147.89 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-32.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; INOVA) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/84.0.4147.89 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-33.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; Mobiistar_LAI Zumbo_S_2017_Lite Build/NRD90M) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/58.0.3029.83 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-33.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1.1; TP601C) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.138 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-34.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.1.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1.1; Primo VX) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/78.0.3904.90 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-35.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.1.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1; Basco_L3) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/78.0.3904.108 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-35.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.4.2; LG-D337) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.138 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-36.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.4.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; arm_64; Android 12; 22111317PI) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/112.0.0.0 YaSearchBrowser/23.51.1 BroPP/1.0 YaSearchApp/23.51.1 webOmni SA/3 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-36.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "12", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; LAVA LXX503) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/117.0.5938.154 Mobile Safari/537.36 OPR/78.2.4143.75485",
    seen: "device-detector Tests/fixtures/smartphone-37.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 12; U668AC) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-37.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "12", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; arm_64; Android 12; V20Pro) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.324 YaApp_Android/24.19.1 YaSearchBrowser/24.19.1 BroPP/1.0 SA/3 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-38.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "12", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.4.2; NIM-500Q) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/73.0.3683.90 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-39.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.4.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; Armor 26 Ultra) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-39.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; AURII_FORCE Build/NRD90M) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/61.0.3163.98 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-4.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 12; SM-S901N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/98.0.4758.101 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-4.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "12", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 14; V Max Plus) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-40.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "14", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; arm_64; Android 15; PTP-AN70) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.33 YaBrowser/24.10.6.33.00 SA/3 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-40.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "15", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; arm_64; Android 14; RMX3941) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.6834.241 YaBrowser/25.2.0.241.00 SA/3 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-41.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "14", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 15; SM-S938N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-42.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "15", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; SM-A556U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-42.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.0.0; Ultra Vision) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/71.0.3578.99 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-5.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.0.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; ULTRAMINTT Y3) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/103.0.0.0 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-5.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 8.1.0; zh-cn; INE-TL00 Build/HUAWEIINE-TL00) AppleWebKit/537.36 (KHTML, like Gecko)Version/4.0 Chrome/57.0.2987.132 MQQBrowser/8.1 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-6.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; AlienXLite2020) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.136 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-7.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; KODAK_SMARTWAY_T2) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.116 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-7.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0.1; LG-M150 Build/MXB48T) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/52.0.2743.98 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/smartphone-8.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "6.0.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.1.1; fr-fr; Cynus F3 Build/JRO03C) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30",
    seen: "device-detector Tests/fixtures/smartphone-9.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.1.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.2.2; ETL-S4521 Build/JDQ39) AppleWebKit/537.31 (KHTML, like Gecko) Chrome/26.0.1410.58 Mobile Safari/537.31",
    seen: "device-detector Tests/fixtures/smartphone.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.2.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.4896.88 Safari/537.36",
    hints: { "x-requested-with": "com.seraphic.openinet.pre" },
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "10.0", mobile: false },
    known_miss: { truth: { os: "android" }, why: "the User-Agent claims another system than the one the source names" },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.2.2; sv-se; TAD-70092 Build/JDQ39) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Safari/534.30",
    seen: "device-detector Tests/fixtures/tablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.2.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; arm_64; Android 13; 23043RP34G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 YaApp_Android/23.74/apad YaSearchBrowser/23.74/apad BroPP/1.0 SA/3 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/tablet-10.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "13", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0.1; ZUR805A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/80.0.3987.117 Safari/537.36",
    seen: "device-detector Tests/fixtures/tablet-10.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "6.0.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; BioWolf 8-F30) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/78.0.3904.108 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/tablet-10.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; TB330FU) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/112.0.5615.135 Safari/537.36 OPR/75.3.3978.72666",
    seen: "device-detector Tests/fixtures/tablet-11.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "13", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 12; T28-EEA) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36",
    seen: "device-detector Tests/fixtures/tablet-11.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "12", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; arm_64; Android 15; 2505DRP06G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.454 YaSearchBrowser/24.79/apad BroPP/1.0 YaSearchApp/24.79/apad webOmni SA/3 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/tablet-12.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "15", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; arm; Android 8.1.0; TZ179) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/78.0.3904.97 YaBrowser/19.12.1.121.01 Safari/537.36",
    seen: "device-detector Tests/fixtures/tablet-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1.1; LG-V935 Build/LMY47V) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/52.0.2743.98 Safari/537.36",
    seen: "device-detector Tests/fixtures/tablet-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.0.4; fr-fr; SP704CE Build/IMM76D) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30",
    seen: "device-detector Tests/fixtures/tablet-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.0.3; RoverPad 10.4 Build/IML74K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/35.0.1916.122 Safari/537.36",
    seen: "device-detector Tests/fixtures/tablet-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0.3", mobile: false },
  },
  {
    ua: "Mozilla/5.0 Linux; Android 9; SAMSUNG SM-T830 Build/PPR1.180610.011 AppleWebKit/537.36 KHTML, like Gecko SamsungBrowser/9.2 Chrome/67.0.3396.87 Safari/537.36",
    seen: "device-detector Tests/fixtures/tablet-4.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; BETELGEUSE) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/101.0.0.0 Safari/537.36",
    seen: "device-detector Tests/fixtures/tablet-4.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; L210) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/90.0.4430.91 Safari/537.36",
    seen: "device-detector Tests/fixtures/tablet-5.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0; PMT3118_3GE) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/90.0.4430.210 Safari/537.36",
    seen: "device-detector Tests/fixtures/tablet-6.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "6.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0; Archos 80 Oxygen) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/95.0.4638.50 Safari/537.36",
    seen: "device-detector Tests/fixtures/tablet-6.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "6.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0; B1-790) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/97.0.4692.87 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/tablet-6.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "6.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; XP10_Wifi) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/98.0.4758.101 Safari/537.36",
    seen: "device-detector Tests/fixtures/tablet-7.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; IFT1018) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/110.0.0.0 Safari/537.36",
    seen: "device-detector Tests/fixtures/tablet-7.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; KJ_YU_BI) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/80.0.3987.87 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/tablet-8.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.4.2; ULTIMA 7 OCTA) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/80.0.3987.87 Safari/537.36",
    seen: "device-detector Tests/fixtures/tablet-8.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.4.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; VIVAX TABLET TPC-804 3G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/72.0.3626.105 Safari/537.36",
    seen: "device-detector Tests/fixtures/tablet-9.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; arm_64; Android 11; P11) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/112.0.0.0 YaBrowser/23.5.1.73.01 Safari/537.36",
    seen: "device-detector Tests/fixtures/tablet-9.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "11", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.4.2; AP-109) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/76.0.3809.132 Safari/537.36 OPR/54.3.2672.50220",
    seen: "device-detector Tests/fixtures/tablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.4.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/111.0.5563.115 Mobile Safari/537.36",
    hints: { "x-requested-with": "com.internet.tvbrowser" },
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.4.4; ELED-43SMART) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/72.0.3626.76 Safari/537.36",
    seen: "device-detector Tests/fixtures/tv-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.4.4", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.4.4; Loview Shell HV320WHB_N85) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/77.0.3865.92 Safari/537.36",
    seen: "device-detector Tests/fixtures/tv-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.4.4", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; Rombica TV Fly) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/93.0.4577.62 Safari/537.36",
    seen: "device-detector Tests/fixtures/tv-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; N5NOVA) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/95.0.4638.74 Safari/537.36",
    seen: "device-detector Tests/fixtures/tv-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; Rombica Smart Box A1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.4896.127 Safari/537.36",
    seen: "device-detector Tests/fixtures/tv-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; AS4K-Plus) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/85.0.4183.127 Safari/537.36",
    seen: "device-detector Tests/fixtures/tv-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; POLARLINE_K_32PL13TC-SM) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/73.0.3683.90 Safari/537.36",
    seen: "device-detector Tests/fixtures/tv-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; X96MATE_PLUS) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/99.0.4844.88 Safari/537.36 OPR/68.2.3557.64272",
    seen: "device-detector Tests/fixtures/tv-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; TF500) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/80.0.3987.149 Safari/537.36",
    seen: "device-detector Tests/fixtures/tv-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0.1; Orbsmart H-01) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/73.0.3683.75 Safari/537.36",
    seen: "device-detector Tests/fixtures/tv-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "6.0.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 8.1.0; en-US; A95X Plus Build/A95X_PLUS_M) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/57.0.2987.108 UCBrowser/12.13.2.1208 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/tv-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; arm_64; Android 7.1.2; IRON+) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 YaBrowser/23.7.1.110.01 Safari/537.36",
    seen: "device-detector Tests/fixtures/tv-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Android armv8l) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/55.0.2883.91 Safari/537.36 Model/Vestel-MB185 VSTVB MB185 FVC/6.0 (NOKIA; MB185; ) HbbTV/1.5.1 (+DRM; NOKIA; MB185; R2.0.1.0.0.V0.25.3; ; _TV_MSTARG31_2021;) SmartTvA/3.0.0 LaTivu_1.0.1_2022",
    seen: "device-detector Tests/fixtures/tv-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0.1; NEXON X5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.93 Safari/537.36",
    seen: "device-detector Tests/fixtures/tv-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "6.0.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.1; 40LEX_7127_FTS2C) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.93 Safari/537.36",
    seen: "device-detector Tests/fixtures/tv-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; Vorke_Z1 Build/PI) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/105.0.5195.68 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/tv-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; TDTV65BS05U_BK) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/98.0.4758.87 Safari/537.36",
    seen: "device-detector Tests/fixtures/tv-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "11", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; arm; Android 10; LimeT95) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.81 YaSearchBrowser/24.47/apad BroPP/1.0 YaSearchApp/24.47/apad webOmni SA/3 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/tv-4.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13; 65MT-UDG54G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    seen: "device-detector Tests/fixtures/tv-4.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "13", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 14; VONTAR H728) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.116 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/tv-5.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "14", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.2; VORKE Z5 Build/NHG47L) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/67.0.3396.87 Safari/537.36",
    seen: "device-detector Tests/fixtures/tv.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.4.2; XDS74K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/78.0.3904.90 Safari/537.36",
    seen: "device-detector Tests/fixtures/tv.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.4.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.2; Openbox A4) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.136 Safari/537.36",
    seen: "device-detector Tests/fixtures/tv.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1.1; VMP-011-81) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/77.0.3865.116 Safari/537.36",
    seen: "device-detector Tests/fixtures/tv.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.0; LEO-BX9 Build/OWDD.180926.001.A1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/53.0.2785.143 Cr4 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/wearable.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 Linux; Android 7.1.1; LG Watch Urbane Build/NWD1.180306.004 AppleWebKit/537.36 KHTML, like Gecko Chrome/19.77.34.5 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/wearable.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.0.1; ASUS ZenWatch Build/LWX48S) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/19.77.34.5 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/wearable.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.0.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.1; ASUS ZenWatch 2 Build/NWD1.170706.001) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/53.0.2785.143 Cr4 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/wearable.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.1.1; VRL42) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.93 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/wearable.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.1.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 Linux; Android 7.1.1; NB RunIQ Build/NWD1.171016.002 AppleWebKit/537.36 KHTML, like Gecko Chrome/53.0.2785.143 Cr4 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/wearable.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.0.0; VR-1541F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.57 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/wearable.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.0.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; H1-C-ALADENG) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/94.0.4606.71 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/wearable.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.4; Moto 360 Build/KNX01S) AppleWebKit/537.36 (KHTML, like Gecko) WIB/0.9.8 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/wearable.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.4; Gear Live Build/KMV78X) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/19.77.34.5 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/wearable.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.4; G Watch Build/KNX01Q) AppleWebKit/537.36 (KHTML, like Gecko) WIB/0.9.8 Mobile Safari/537.3",
    seen: "device-detector Tests/fixtures/wearable.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 4.4; G Watch R Build/KNX01R) AppleWebKit/537.36 (KHTML, like Gecko) WIB/0.9.8 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/wearable.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 5.0.2; SmartWatch 3 Build/LWX49K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/19.77.34.5 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/wearable.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "5.0.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 2.3.4; Motorola-F100 Build/4.5.1-26_G2-436_US-MR7-24) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/28.0.1500.45 Mobile Safari/537.36 OPR/15.0.1162.59192",
    seen: "device-detector Tests/fixtures/wearable.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "2.3.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.2.2; xx; NT-1501C Build/JDQ39) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30",
    seen: "device-detector Tests/fixtures/wearable.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.2.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; OW19W1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/78.0.3904.96 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/wearable.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1.0; OW19W3) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/64.0.3282.137 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/wearable.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; LEM15) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.4896.127 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/wearable.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.1; LEO-DLXXE Build/HONORLRA-AL00) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/63.0.3239.111 HuaweiBrowser/9.1.1.308 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/wearable.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "8.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.1.1; THOR 4 Plus) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/71.0.3578.98 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/wearable.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "7.1.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; GLL-AL01) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/64.0.3282.137 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/wearable.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Android 12; Mobile VR; rv:81.0) Gecko/81.0 Firefox/81.0",
    seen: "device-detector Tests/fixtures/wearable.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "12", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; SAMSUNG TicWatch Pro 3 Ultra GPS) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/3.0. Chrome/111.0.5563.116 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/wearable.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; arm; Android 12; ARC-AL00) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.5845.554 YaApp_Android/23.94.1 YaSearchBrowser/23.94.1 BroPP/1.0 SA/3 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/wearable.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "12", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; U; Android 4.0.4; en-us; Glass 1 Build/IMM76L; XE7) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30",
    seen: "device-detector Tests/fixtures/wearable.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "4.0.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 15_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 iPhone14,6 dmenubrowser(1.04.66)/iPhone/bioauth/DCMauthoption/",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: "webview", os: "ios", os_version: "15.4.1", mobile: true },
    known_miss: { truth: { in_app: null }, why: 'an iOS browser that leaves "Safari/" out and names itself in no way known here' },
  },
  {
    ua: "Mozilla/5.0 (iPod; U; CPU iPhone OS 4_2_1 like Mac OS X; ja-jp) AppleWebKit/533.17.9 (KHTML, like Gecko) Mobile/8C148",
    seen: "device-detector Tests/fixtures/portable_media_player.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "4.2.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPod; U; CPU iPhone OS 4_3_0 like Mac OS X; en-us) AppleWebKit/533.17.9 (KHTML, like Gecko) Mobile/4B2086",
    seen: "device-detector Tests/fixtures/portable_media_player.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "4.3.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 10_2_1 like Mac OS X) AppleWebKit/602.4.6 (KHTML, like Gecko) Mobile/14D27 (Ecosia ios@3.0.1.533)",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "10.2.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; U; CPU iPhone OS 3_1_2 like Mac OS X; de-de) AppleWebKit/528.18 (KHTML, like Gecko) Version/4.0 Mobile/7D11 Safari/528.16",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "3.1.2", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; U; CPU iPhone OS 4_1 like Mac OS X; ru-ru) AppleWebKit/532.9 (KHTML, like Gecko) Mobile/8B117",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "4.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; U; CPU iPhone OS 4_2_1 like Mac OS X; ar) AppleWebKit/533.17.9 (KHTML, like Gecko) Mobile/8C148",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "4.2.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; U; CPU iPhone OS 4_3_3 like Mac OS X; ar) AppleWebKit/533.17.9 (KHTML, like Gecko) Mobile/8J2",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "4.3.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; U; CPU iPhone OS 5_0_1 like Mac OS X; en-us) AppleWebKit/533.17.9 (KHTML, like Gecko) Mobile/8C148",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "5.0.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 5_1 like Mac OS X) AppleWebKit/534.46 (KHTML, like Gecko) Version/5.1 Mobile/9B179 Safari/7534.48.3",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "5.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 6_0 like Mac OS X) AppleWebKit/536.26 (KHTML, like Gecko) Version/6.0 Mobile/10A405 Safari/8536.25",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "6.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 7_0_4 like Mac OS X) AppleWebKit/537.51.1 (KHTML, like Gecko) Version/7.0 Mobile/11B554a Safari/9537.53",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "7.0.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 7_1_1 like Mac OS X) AppleWebKit/537.51.2 (KHTML, like Gecko) Mobile/11D201 MobileIron/1.3.0 Version/7.1.1 Safari/537.51.2",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "7.1.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 7_1_1 like Mac OS X) AppleWebKit/537.51.2 (KHTML, like Gecko) OPiOS/8.0.1.80062 Mobile/11D201 Safari/9537.53",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "7.1.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 8_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) FxiOS/1.0 Mobile/12F69 Safari/600.1.4",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "8.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 10_3 like Mac OS X) AppleWebKit/603.1.30 (KHTML, like Gecko) Mobile/14E5260b Version/10.3 Safari/8536.25 Mobicip/1947694464",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "10.3", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone 4; CPU iPhone OS 7_0_4 like Mac OS X) AppleWebKit/537.51.1 (KHTML, like Gecko) Version/6.0 MQQBrowser/5.0.5 Mobile/11B554a Safari/8536.25",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "7.0.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone 5ATT; CPU iPhone OS 7_0_4 like Mac OS X) AppleWebKit/537.51.1 (KHTML, like Gecko) Version/6.0 MQQBrowser/5.0.5 Mobile/11B554a Safari/8536.25",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "7.0.4", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone 5CGLOBAL; CPU iPhone OS 7_0_5 like Mac OS X) AppleWebKit/537.51.1 (KHTML, like Gecko) Version/6.0 MQQBrowser/5.1.1 Mobile/11B601 Safari/8536.25",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "7.0.5", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone 5SGSM; CPU iPhone OS 7_0_6 like Mac OS X) AppleWebKit/537.51.1 (KHTML, like Gecko) Version/6.0 MQQBrowser/5.0.5 Mobile/11B651 Safari/8536.25",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "7.0.6", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone 5SGLOBAL; CPU iPhone OS 7_1 like Mac OS X) AppleWebKit/537.51.2 (KHTML, like Gecko) Version/6.0 MQQBrowser/5.0.5 Mobile/11D167 Safari/8536.25",
    seen: "device-detector Tests/fixtures/smartphone-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "7.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPad; U; CPU OS 7_1 like Mac OS X; iPad4,5) AppleWebKit/534.46 (KHTML, like Gecko) UCBrowser/2.4.0.367 U3/1 Safari/7543.48.3",
    seen: "device-detector Tests/fixtures/tablet-11.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ipados", os_version: "7.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPad; U; CPU OS 11_3 like Mac OS X; iPad4,6) AppleWebKit/534.46 (KHTML, like Gecko) UCBrowser/3.0.1.776 U3/ Mobile/10A403 Safari/7543.48.3",
    seen: "device-detector Tests/fixtures/tablet-11.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ipados", os_version: "11.3", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPad; U; CPU OS 7 like Mac OS X; iPad2,6) AppleWebKit/534.46 (KHTML, like Gecko) UCBrowser/2.4.0.367 U3/1 Safari/7543.48.3",
    seen: "device-detector Tests/fixtures/tablet-11.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ipados", os_version: "7", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPad; U; CPU OS 6_1 like Mac OS X; ru; iPad2,2) AppleWebKit/534.46 (KHTML, like Gecko) UCBrowser/2.4.0.367 U3/1 Safari/7543.48.3",
    seen: "device-detector Tests/fixtures/tablet-11.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ipados", os_version: "6.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0(iPad; U;CPU OS 5_1 like Mac OS X; en-us; iPad1,1) AppleWebKit/534.46 (KHTML, like Gecko) UCBrowser/2.2.1.335 U3/1 Safari/7543.48.3",
    seen: "device-detector Tests/fixtures/tablet-11.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ipados", os_version: "5.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPad; U; CPU OS 4_3_2 like Mac OS X; en-us) AppleWebKit/533.17.9 (KHTML, like Gecko) Mobile/8H8",
    seen: "device-detector Tests/fixtures/tablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ipados", os_version: "4.3.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPad; U; CPU iPhone OS 5_1_1 like Mac OS X; en-us)",
    seen: "device-detector Tests/fixtures/tablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ipados", os_version: "5.1.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 6_0_1 like Mac OS X) AppleWebKit/536.26 (KHTML, like Gecko) CriOS/31.0.1650.18 Mobile/10A523 Safari/8536.25",
    seen: "device-detector Tests/fixtures/tablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ipados", os_version: "6.0.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 6_0_1 like Mac OS X) AppleWebKit/536.26 (KHTML, like Gecko) Mercury/8.0.1 Mobile/10A523 Safari/8536.25",
    seen: "device-detector Tests/fixtures/tablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ipados", os_version: "6.0.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 6_0_1 like Mac OS X) AppleWebKit/536.26 (KHTML, like Gecko) Mercury/8.1 Mobile/10A523 Safari/8536.25",
    seen: "device-detector Tests/fixtures/tablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ipados", os_version: "6.0.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPad; CPU OS 7_0 like Mac OS X) AppleWebKit/537.51.1 (KHTML, like Gecko) CriOS/32.0.1700.20 Mobile/11A465 Safari/9537.53",
    seen: "device-detector Tests/fixtures/tablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "ipados", os_version: "7.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; U; U; Linux x86_64; es-pe) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.136 Safari/537.36 Puffin/9.3.0.51570AV",
    seen: "device-detector Tests/fixtures/unknown.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; U; Linux i686; th-TH@calendar=gregorian) AppleWebKit/534.12 (KHTML, like Gecko) Puffin/1.3.2665MS Safari/534.12",
    seen: "device-detector Tests/fixtures/unknown.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; GNU/Linux) AppleWebKit/537.36 (KHTML, like Gecko) Chromium/75.0.3770.100 Chrome/75.0.3770.100 Safari/537.36 Tesla/2019.40.50.7-ad132c7b057e",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; u; Linux; C) AppleWebKit /533.3 (Khtml, like Gheko) QtCarBrowser Safari/533.3",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/98.0.4758.102 Safari/537.36 Tesla/develop-2022.12.3.2-5-2d5530dd8f",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.4896.127 Safari/537.36 Tesla/feature-2022.20.8-109-8f941dcd0b",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/102.0.9999.0 Safari/537.36 Tesla/terminal-das-fsd-eap-10-69-25-2-55-a9b5f7cdab",
    seen: "device-detector Tests/fixtures/car_browser.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; U; Linux aarch64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/69.0.3497.100 Safari/537.36 Puffin/8.2.4.705LD",
    seen: "device-detector Tests/fixtures/desktop-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; CrOS x86_64 4731.101.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/31.0.1650.67 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Intel Mac OS X) AppleWebKit/538.1 (KHTML, like Gecko) Safari/538.1 debian/unstable (3.8.2-5) Epiphany/3.8.2",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "macos", os_version: null, mobile: false },
    known_miss: { truth: { os: "linux" }, why: "the User-Agent claims another system than the one the source names" },
  },
  {
    ua: "Mozilla/5.0 (X11; Linux x86_64; rv:17.0) Gecko/20131030 conkeror/1.0pre (Debian-1.0~~pre+git131116-1)",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; U; Linux sparc64; es-PY; rv:5.0) Gecko/20100101 IceCat/5.0 (like Firefox/5.0; Debian-6.0.1)",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/535.22+ (KHTML, like Gecko) Chromium/17.0.963.56 Chrome/17.0.963.56 Safari/535.22+ Debian/7.0 (3.4.2-2.1) Epiphany/3.4.2",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; U; Linux i686; en-US; rv:1.8.1.8) Gecko/20071019 Fedora/2.0.0.8-1.fc7 Firefox/2.0.0.8",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Linux x86_64) KHTML/4.11.4 (like Gecko) Konqueror/4.11 Fedora/4.11.4-1.fc19",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; U; Linux i686; en-US; rv:1.9a3pre) Gecko/20070301 Minefield/3.0a3pre",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; U; Linux x86_64; en-US; rv:1.9.1b5pre) Gecko/20090424 Shiretoko/3.5b5pre",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Linux x86_64; rv:17.0) Gecko/20131030 Firefox/17.0 Iceweasel/17.0.10",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Linux) AppleWebKit/535.22 (KHTML, like Gecko) Chrome/18.0.1025.133 Safari/535.22 Midori/0.5",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; U; Linux 2.4.2-2 i586; en-US; m18) Gecko/20010131 Netscape6/6.01",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.21 (KHTML, like Gecko) rekonq/2.3.2 Safari/537.21",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; U; Linux i686; en-US; rv:1.8.1) Gecko/20061024 Firefox/2.0 (Swiftfox)",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:26.0) Gecko/20100101 Firefox/26.0",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; U; Linux i686; de; rv:1.9.1.6) Gecko/20091215 Ubuntu/9.10 (karmic) Firefox/3.5.6",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/534.26+ (KHTML, like Gecko) Version/5.0 Safari/534.26+ Ubuntu/10.10 (2.30.6-1ubuntu5) Epiphany/2.30.6",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; HP Chromebook 13 G1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/80.0.3987.162 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "9", mobile: false },
    known_miss: { truth: { os: "linux" }, why: "an Android app on a Chromebook says Android" },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; Samsung Chromebook Plus Build/R74-11895.118.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/93.0.4577.62 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: "10", mobile: true },
    known_miss: { truth: { os: "linux" }, why: "an Android app on a Chromebook says Android" },
  },
  {
    ua: "Mozilla/5.0 (X11; Linux x86_64; ricoh_mfpapnl) AppleWebKit/534.24 (KHTML, like Gecko) Chrome/11.0.696.34 Safari/534.24",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Lemco FBX-3566; Linux aarch64) AppleWebKit/537.36 (KHTML, like Gecko) QtWebEngine/5.15.2 Chrome/87.0.4280.144 Safari/537.36",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Lemco FBX-3566W; Linux aarch64) AppleWebKit/537.36 (KHTML, like Gecko) QtWebEngine/5.15.2 Chrome/87.0.4280.144 Safari/537.36",
    seen: "device-detector Tests/fixtures/peripheral.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Linux armv7l) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/90.0.4430.225 Safari/537.36 CrKey/1.56.500000 DeviceType/SmartSpeaker",
    seen: "device-detector Tests/fixtures/smart_speaker.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; U; Linux x86_64; fa-ir) AppleWebKit/534.35 (KHTML, like Gecko) Chrome/11.0.696.65 Safari/534.35 Puffin/2.10977AP",
    seen: "device-detector Tests/fixtures/smartphone.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux;4.1.1;Quadra 7 UltraSlim AppleWebKit/537.36 (KHTML, like Gecko) Chrome/ 192.168.1.16 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/tablet-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux like Android; en_US) AppleWebkit/538.1 PocketBook/641 (screen 758x1024; FW U641.5.18.72) Mobile",
    seen: "device-detector Tests/fixtures/tablet-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: null, mobile: true },
    known_miss: { truth: { os: "linux" }, why: "an e-reader that says it is Android" },
  },
  {
    ua: "Mozilla/5.0 (Linux like Android; ru_RU) AppleWebKit/534.34 PocketBook/630 (screen 758x1024; FW R630.5.2.375) Mobile",
    seen: "device-detector Tests/fixtures/tablet-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: null, mobile: true },
    known_miss: { truth: { os: "linux" }, why: "an e-reader that says it is Android" },
  },
  {
    ua: "Mozilla/5.0 (Linux like Android; ru_RU) AppleWebKit/534.34 PocketBook/622 (screen 600x800; FW E622.4.4.566) Mobile",
    seen: "device-detector Tests/fixtures/tablet-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: null, mobile: true },
    known_miss: { truth: { os: "linux" }, why: "an e-reader that says it is Android" },
  },
  {
    ua: "Mozilla/5.0 (Linux like Android; en_US) AppleWebKit/534.34 PocketBook/650 (screen 758x1024; FW E650.5.0.329) Mobile",
    seen: "device-detector Tests/fixtures/tablet-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: null, mobile: true },
    known_miss: { truth: { os: "linux" }, why: "an e-reader that says it is Android" },
  },
  {
    ua: "Mozilla/5.0 (Linux like Android; en_US) AppleWebKit/534.34 PocketBook/640 (screen 600x800; FW W640.4.4.530) Mobile",
    seen: "device-detector Tests/fixtures/tablet-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: null, mobile: true },
    known_miss: { truth: { os: "linux" }, why: "an e-reader that says it is Android" },
  },
  {
    ua: "Mozilla/5.0 (Linux like Android; en_US) AppleWebKit/534.34 PocketBook/624 (screen 600x800; FW W624.4.4.468) Mobile",
    seen: "device-detector Tests/fixtures/tablet-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: null, mobile: true },
    known_miss: { truth: { os: "linux" }, why: "an e-reader that says it is Android" },
  },
  {
    ua: "Mozilla/5.0 (Linux like Android; en_US) AppleWebKit/534.34 PocketBook/623 (screen 758x1024; FW T623.4.4.616) Mobile",
    seen: "device-detector Tests/fixtures/tablet-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: null, mobile: true },
    known_miss: { truth: { os: "linux" }, why: "an e-reader that says it is Android" },
  },
  {
    ua: "Mozilla/5.0 (Linux like Android; en_US) AppleWebKit/534.34 PocketBook/614 (screen 600x800; FW W515.4.4.540) Mobile",
    seen: "device-detector Tests/fixtures/tablet-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: null, mobile: true },
    known_miss: { truth: { os: "linux" }, why: "an e-reader that says it is Android" },
  },
  {
    ua: "Mozilla/5.0 (Linux like Android; en_US) AppleWebKit/534.34 PocketBook/515 (screen 600x800; FW W515.4.4.540) Mobile",
    seen: "device-detector Tests/fixtures/tablet-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "android", os_version: null, mobile: true },
    known_miss: { truth: { os: "linux" }, why: "an e-reader that says it is Android" },
  },
  {
    ua: "Mozilla/5.0 (Linux; en_US) AppleWebKit/534.34 PocketBook/801 (screen 600x800; FW W801.4.1.886)",
    seen: "device-detector Tests/fixtures/tablet-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; U; Linux x86_64; ru-MD) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/30.0.1599.114 Safari/537.36 Puffin/4.7.2IT",
    seen: "device-detector Tests/fixtures/tablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; U; Linux armv7l; en-GB; rv:1.9.2a1pre) Gecko/20090514 Firefox/3.0 Tablet browser 0.9.7 RX-34",
    seen: "device-detector Tests/fixtures/unknown.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Linux i686) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/114.0.5735.196 Safari/537.36",
    hints: { "x-requested-with": "com.logicui.tvbrowser2" },
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux ) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/77.0.3865.120 Safari/537.36 OPR/46.0.2207.0 OMI/4.20.5.61.LIMA.168 Model/Vestel-MB180 VSTVB MB100 HbbTV/1.5.1 (+DRM; NEXT; MB180; 1.61.1.0; ; _TV_G32_2020;) SmartTvA/3.0.0",
    seen: "device-detector Tests/fixtures/tv-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux ) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/67.0.3396.99 Safari/537.36 OPR/46.0.2207.0 OMI/4.13.5.431.SIERRA.150 Model/Vestel-MB230 VSTVB MB200 HbbTV/1.5.1 (+DRM; CONTINENTAL_EDI; MB230; 0.51.30.0; ; _TV_NT72671_2019;) SmartTvA/3.0.0",
    seen: "device-detector Tests/fixtures/tv-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux armv7l) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/84.0.4147.140 Safari/537.36 OPR/46.0.2207.0 OMI/4.21.2.50.Honey.189 HbbTV/1.5.1 (+DRM;Hisense;SmartTV_2021;V0000.01.00U.M0421;50A60GEVS_0003;SmartTV_2021;) FVC/5.0 (Hisense;SmartTV_2021;) LaTivu_1.0.1_2021",
    seen: "device-detector Tests/fixtures/tv-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux ) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/67.0.3396.99 Safari/537.36 OPR/46.0.2207.0 OMI/4.13.5.431.SIERRA.119 Model/Vestel-MB230 VSTVB MB200 HbbTV/1.5.1 (+DRM; HOFER; MB230; 0.51.19.3; ; _TV_NT72671_2019;) SmartTvA/3.0.0 CE-HTML/1.0 FXM-U2FsdGVkX1+oZew0140/QJr77MUfq4MLbdiRi2kJoV7/8uMZVrWgC9VFEmvmsz/4-END",
    seen: "device-detector Tests/fixtures/tv-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux armv7l) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/84.0.4147.140 Safari/537.36 OPR/46.0.2207.0 OMI/4.21.2.50.Honey.136 HbbTV/1.5.1 (+DRM;Hisense;SmartTV_2021_FHD;V0000.01.00R.L0209;40A35EEVS;SmartTV_2021_FHD;) FVC/5.0 (Hisense;SmartTV_2021_FHD;) LaTivu_1.0.1_2021",
    seen: "device-detector Tests/fixtures/tv-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (DirectFB; Linux armv7l) AppleWebKit/534.26+ (KHTML, like Gecko) Version/5.0 Safari/534.26+ LG Browser/5.00.00(+mouse+3D+SCREEN+TUNER; LGE; 47LM960V; 04.62.13; 0x00000001;); LG NetCast.TV-2012",
    seen: "device-detector Tests/fixtures/tv-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Linux armv7l) AppleWebKit/537.36 (KHTML, like Gecko) QtWebEngine/5.6.0 Chrome/45.0.2454.101 Safari/537.36 GW-Device/1.0.0 (Sky, ES240, )",
    seen: "device-detector Tests/fixtures/tv-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux armv7l) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/44.0.2403.130 Safari/537.36 OPR/31.0.1890.0 OMI/4.6.1.40.Dominik2.0 VSTVB MB100 HbbTV/1.2.1 (;BBC_CUSTOMERS; BOARD_NAME; VERSION; ;) SmartTvA/3.0.0",
    seen: "device-detector Tests/fixtures/tv-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux armv7l) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/53.0.2785.143 Safari/537.36 OPR/40.0.2207.0 OMI/4.9.0.237.DOM3-OPT.235 Model/Vestel-MB130 VSTVB MB100 HbbTV/1.2.1 (; HITACHI; MB130; 3.62.35.1; _TV_G10_2017;) SmartTvA/3.0.0",
    seen: "device-detector Tests/fixtures/tv-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux ) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/77.0.3865.120 Safari/537.36 OPR/46.0.2207.0 OMI/4.20.5.61.LIMA.192 Model/Vestel-MB180 VSTVB MB100 HbbTV/1.5.1 (+DRM; FUJICOM; MB180; 1.73.2.0; ; _TV_G32_2020;) SmartTvA/3.0.0",
    seen: "device-detector Tests/fixtures/tv-4.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux armv7l) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/84.0.4147.140 Safari/537.36 OPR/46.0.2207.0 OMI/4.21.4.112.Catcher4.69 HbbTV/1.5.1 (+DRM;Hisense;SmartTV_2021_42_FHD;V0104.01.00T.M1212;VS0343FC1;SmartTV_2021_42_FHD;) FVC/5.0 (Hisense;SmartTV_2021_42_FHD;) LaTivu_1.0.1_2021",
    seen: "device-detector Tests/fixtures/tv-4.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "linux", os_version: null, mobile: false },
    known_miss: { truth: { bot: false }, why: "a browser whose User-Agent carries a word that bot lists take for a crawler" },
  },
  {
    ua: "Mozilla/5.0 (Linux ) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/77.0.3865.120 Safari/537.36 OPR/46.0.2207.0 OMI/4.20.5.61.LIMA.215 Model/Vestel-MB181 VSTVB MB100 HbbTV/1.5.1 (+DRM; SCHONTECH; MB181; 2.49.0.0; ; _TV_G36_2020;) SmartTvA/3.0.0",
    seen: "device-detector Tests/fixtures/tv-4.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux ) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/77.0.3865.120 Safari/537.36 OPR/46.0.2207.0 OMI/4.20.5.61.LIMA.215 Model/Vestel-MB181 VSTVB MB100 HbbTV/1.5.1 (+DRM; JOHNSON; MB181; 2.49.0.0; ; _TV_G36_2020;) SmartTvA/3.0.0 LovesTV2020",
    seen: "device-detector Tests/fixtures/tv-5.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (DirectFB; Linux armv7l) AppleWebKit/534.26+ (KHTML, like Gecko) Version/5.0 Safari/534.26+ LG Browser/5.00.00(+mouse+3D+SCREEN+TUNER; LGE; 47LM9600-NA; 06.00.00; 0x00000001;); LG NetCast.TV-2012 0",
    seen: "device-detector Tests/fixtures/tv.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux armv7l) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/49.0.2623.112 Safari/537.36 OPR/36.0.2128.0 OMI/4.8.0.66.Driver2.33 , _TV_MT5800/012.002.020.001 (Philips, 43PFT5102-98, wired) CE-HTML/1.0 NETTV/4.5.0 SignOn/2.0 SmartTvA/4.0.0 en",
    seen: "device-detector Tests/fixtures/tv.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux armv7l) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/44.0.2403.130 Safari/537.36 OPR/31.0.1890.0 OMI/4.6.1.40.Dominik2.157 VSTVB MB100 FVC/1.0 (LINSAR; MB110; 2.18.2.0) HbbTV/1.3.1 (; LINSAR; MB110; 2.18.2.0; ;) SmartTvA/3.0.0",
    seen: "device-detector Tests/fixtures/tv.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux armv7l) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/49.0.2623.112 Safari/537.36 OPR/36.0.2128.0 OMI/4.8.0.66.Driver2.33 , AOC_TV/012.002.067.001 (AOC, LE43S5977-20, wireless) CE-HTML/1.0 NETTV/4.5.0 SignOn/2.0 SmartTvA/4.0.0 en",
    seen: "device-detector Tests/fixtures/tv.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux armv7l) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/44.0.2403.130 Safari/537.36 OPR/31.0.1890.0 OMI/4.6.1.40.Dominik2.193 VSTVB MB100 HbbTV/1.2.1 (; ELECTRONIA; MB110; 2.32.0.0; ;) SmartTvA/3.0.0",
    seen: "device-detector Tests/fixtures/tv.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux armv7l) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/53.0.2785.143 Safari/537.36 OPR/40.0.2207.0 OMI/4.9.0.237.DOM3.201 Model/Vestel-MB130 VSTVB MB100 HbbTV/1.2.1 (; QILIVE; MB130; 3.62.7.1; _TV_G10_2017;) SmartTvA/3.0.0",
    seen: "device-detector Tests/fixtures/tv.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1 DuckDuckGo/7 Safari/605.1.15",
    seen: "device-detector Tests/fixtures/desktop-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.15", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; U; Intel Mac OS X; en-US) AppleWebKit/532.1 (KHTML, like Gecko) Arora/0.10.1 (Git: 1329 e5385f3) Safari/532.1",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "macos", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; U; PPC Mac OS X; en) AppleWebKit/418.9 (KHTML, like Gecko, Safari) Safari/419.3 Cheshire/1.0.ALPHA",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "macos", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; U; Intel Mac OS X; de-de) AppleWebKit/535+ (KHTML, like Gecko) Version/5.0 Safari/535.22+ Midori/0.4",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "macos", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X; U; en; rv:1.8.0) Gecko/20060728 Firefox/1.5.0 Opera 9.27",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "macos", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 1091) AppleWebKit/537.36 (KHTML like Gecko) Chrome/33.0.1750.91 Safari/537.36 OPR/20.0.1387.37 (Edition Next)",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "macos", os_version: "1091", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; U; PPC Mac OS X; en-us) AppleWebKit/125.5.7 (KHTML, like Gecko) SunriseBrowser/0.833",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "macos", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; U; Intel Mac OS X; en) AppleWebKit/418.9.1 (KHTML, like Gecko) Sunrise/1.6.5 like Safari/419.3",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "macos", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.10; rv:37.0) Servo/1.0 Firefox/37.0",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.10", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_2) AppleWebKit/537.36 (KHTML, like Gecko) brave/0.7.9 Chrome/47.0.2526.73 Electron/0.36.2 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.11.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; U; Intel Mac OS X 10_5_6; en-us) AppleWebKit/528.16 (KHTML, like Gecko) Fluid/0.9.6 Safari/528.16",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.5.6", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; U; PPC Mac OS X 10_5_8; en-us) AppleWebKit/533.19.4 (KHTML, like Gecko) iCab/4.8 Safari/533.16",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.5.8", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; U; Intel Mac OS X 10_5_8; de-de) AppleWebKit/531.21.8 (KHTML, like Gecko) Version/4.0.4 Safari/531.21.10",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.5.8", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; U; Intel Mac OS X 10.6; en; rv:1.9.2.28) Gecko/20120308 Camino/2.1.2 (like Firefox/3.6.28)",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.6", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; U; Intel Mac OS X 10.6; de; rv:1.9.1.6) Gecko/20091201 Firefox/3.5.6",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.6", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; U; Intel Mac OS X 10_6_8; en-us) AppleWebKit/533.21.1 (KHTML, like Gecko) Version/5.0.5 Safari/533.21.1",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.6.8", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.7; rv:26.0) Gecko/20100101 Firefox/26.0",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.7", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_8_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/31.0.1650.63 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.8.5", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_8_5) AppleWebKit/537.22 (KHTML, like Gecko) Maxthon/4.1.2.2000 Chrome/25.0.1364.99 Safari/537.22",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.8.5", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.9; rv:26.0) Gecko/20100101 Firefox/26.0",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.9", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; U; Intel Mac OS X 10_6_3; HTC_Flyer_P510e; pl-pl) AppleWebKit/533.16 (KHTML, like Gecko) Version/5.0 Safari/533.16",
    seen: "device-detector Tests/fixtures/tablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.6.3", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; U; Intel Mac OS X 10_6_3; HTC_Flyer_P512; pl-gb) AppleWebKit/533.16 (KHTML, like Gecko) Version/5.0 Safari/533.16",
    seen: "device-detector Tests/fixtures/tablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.6.3", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; MSIE 9.0; Windows NT 6.1; Trident/5.0; Xbox)",
    seen: "device-detector Tests/fixtures/console.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "6.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0; Xbox; Xbox One)",
    seen: "device-detector Tests/fixtures/console.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "6.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; XBOX_ONE_ED) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/51.0.2704.79 Safari/537.36 Edge/14.14393",
    seen: "device-detector Tests/fixtures/console.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; Xbox; Xbox One X) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/48.0.2564.82 Safari/537.36 Edge/20.02",
    seen: "device-detector Tests/fixtures/console.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; Xbox; Xbox Series X) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/48.0.2564.82 Safari/537.36 Edge/20.02",
    seen: "device-detector Tests/fixtures/console.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/29.0 Chrome/136.0.0.0 Safari/537.36",
    seen: "device-detector Tests/fixtures/desktop-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.30 (KHTML, like Gecko) Chrome/26.0.1403.0 Safari/537.30",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "6.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows; U; Windows NT 6.1; en-US) AppleWebKit/534.13 (KHTML, like Gecko) Chrome/9.0.597.98 Safari/534.13 ChromePlus/1.6.0.0",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "6.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows; U; Windows NT 6.1; en-US; rv:1.9.2.13) Gecko/20110504 Namoroka/3.6.13",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "6.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; MSIE 9.0; Windows NT 6.1; Trident/5.0; BOIE9;ENUS)",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "6.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; Banca Caboto s.p.a.; rv:11.0) like Gecko",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "6.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/53.0.2785.21 Safari/537.36 MMS/1.0.2459.0",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "6.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/31.0.1650.63 Safari/537.36 SE 2.X MetaSr 1.0",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "6.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 6.2; WOW64; rv:11.0) Gecko/20100101 Firefox/11.0 CometBird/11.0",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "6.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 6.2; Win64; x64; rv:24.0) Gecko/20140129 Firefox/24.0 PaleMoon/24.3.1",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "6.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 6.3; WOW64; rv:26.0) Gecko/20100101 Firefox/26.0",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "6.3", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows; U; Windows NT 5.0; de; rv:1.8.1.20) Gecko/20081217 Firefox/2.0.0.20",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "5.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows; U; Windows NT 6.0; de; rv:1.9.1.6) Gecko/20091201 (WEB.DE/1.5) Firefox/3.5.6 (.NET CLR 3.5.30729)",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "6.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 5.1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/34.0.1847.137 Safari/537.36 LBBROWSER",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "5.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows; U; Windows NT 5.1; zh-TW; rv:1.9.1b4pre) Gecko/20090308 Shiretoko/3.1b4pre (.NET CLR 3.5.30729)",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "5.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows; U; Windows NT 5.1; zh-CN; rv:1.9) Gecko/20080705 Firefox/3.0 Kapiko/3.0",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "5.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; MAAU; rv:11.0) like Gecko",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "6.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 6.3; WOW64; Trident/7.0; NP02; rv:11.0) like Gecko",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "6.3", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; WOW64; Trident/6.0; MAGWJS)",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "6.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; MSIE 9.0; Windows NT 6.1; Win64; x64; Trident/5.0; MAMD)",
    seen: "device-detector Tests/fixtures/desktop.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "6.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0; ARM; Lumia 640 XL Dual SIM) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/46.0.2486.0 Safari/537.36 Edge/13.10586",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0; ARM; Lumia 950 XL) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/46.0.2486.0 Safari/537.36 Edge/14.14295",
    seen: "device-detector Tests/fixtures/phablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0; ARM; 909) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/46.0.2486.0 Safari/537.36 Edge/13.10586",
    seen: "device-detector Tests/fixtures/smartphone-10.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0; ARM; Lumia 950 Dual SIM) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/51.0.2704.79 Safari/537.36 Edge/14.14393",
    seen: "device-detector Tests/fixtures/smartphone-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0; ARM; Lumia 1320) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/46.0.2486.0 Safari/537.36 Edge/13.10586",
    seen: "device-detector Tests/fixtures/smartphone-9.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0; ARM; Touch; WPDesktop; Lumia 1530)",
    seen: "device-detector Tests/fixtures/smartphone-9.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "6.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0; ARM; Lumia 535) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/42.0.2311.135 Safari/537.36 Edge/12.10512",
    seen: "device-detector Tests/fixtures/smartphone-9.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0; ARM; Lumia 550) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/46.0.2486.0 Safari/537.36 Edge/13.10586",
    seen: "device-detector Tests/fixtures/smartphone-9.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0; ARM; Lumia 640 LTE) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/42.0.2311.135 Safari/537.36 Edge/12.10536",
    seen: "device-detector Tests/fixtures/smartphone-9.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0; ARM; Lumia 640 LTE Dual SIM) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/46.0.2486.0 Safari/537.36 Edge/13.10586",
    seen: "device-detector Tests/fixtures/smartphone-9.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0; ARM; Lumia 650) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/46.0.2486.0 Safari/537.36 Edge/13.10586",
    seen: "device-detector Tests/fixtures/smartphone-9.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Win64; x64; Trident/6.0; Touch; MDDCJS)",
    seen: "device-detector Tests/fixtures/tablet-1.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "6.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0; Touch; MALCJS; WebView/1.0)",
    seen: "device-detector Tests/fixtures/tablet-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "6.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.3; Trident/7.0; Touch; MALCJS)",
    seen: "device-detector Tests/fixtures/tablet-2.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "6.3", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Win64; x64; Trident/6.0; Touch; MASPJS)",
    seen: "device-detector Tests/fixtures/tablet-4.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "6.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0; Trident/7.0; Touch; SurfTab duo W1 10.1; rv:11.0) like Gecko",
    seen: "device-detector Tests/fixtures/tablet-4.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 6.3; Win64; x64; Trident/7.0; Touch; TAJB; rv:11.0) like Gecko",
    seen: "device-detector Tests/fixtures/tablet-4.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "6.3", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; WOW64; Trident/6.0; Touch; MAARJS)",
    seen: "device-detector Tests/fixtures/tablet.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "6.2", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/111.0.0.0 Safari/537.36",
    hints: { "x-requested-with": "com.tv.browser.open" },
    seen: "device-detector Tests/fixtures/clienthints.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/78.0.3904.87 Safari/537.36",
    hints: { "x-requested-with": "com.qjy.browser" },
    seen: "device-detector Tests/fixtures/tv-3.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows; U; Windows NT 5.1; en-US; rv:1.9.2) Gecko/20100222 Firefox/3.6 Kylo/0.6.1.70394",
    seen: "device-detector Tests/fixtures/tv.yml (github.com/matomo-org/device-detector)",
    expect: { bot: false, in_app: null, os: "windows", os_version: "5.1", mobile: false },
  },
  // previewers, crawlers, fetchers, labelled by their source
  {
    ua: "monitoring360bot/1.1",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Amazon Route 53 Health Check Service; ref:xxxxxxxx-xxxx-xxxxxxxxx-xxxxxxxxxxxx; report http://amzn.to/xxxxxxx",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "AwarioRssBot/1.0 (+https://awario.com/bots.html; bots@awario.com)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; BazQux/2.4; +https://bazqux.com/fetcher; 2 subscribers)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "BoardReader Favicon Fetcher /1.0 info@boardreader.com",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; CloudFlare-AlwaysOnline/1.0; +http://www.cloudflare.com/always-online) AppleWebKit/534.34",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; coccocbot/1.0; +http://help.coccoc.com/searchengine)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "DuckAssistBot/1.1; (+http://duckduckgo.com/duckassistbot.html)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "FeedBurner/1.0 (http://www.FeedBurner.com)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "7Siters/1.07 (+https://7ooo.ru/siters/)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "GigablastOpenSource/1.0",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Feedfetcher-Google; (+http://www.google.com/feedfetcher.html; 19 subscribers; feed-id=13965549748850348809)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible) Feedfetcher-Google;(+http://www.google.com/feedfetcher.html)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Googlebot/2.1; +http://www.google.com/bot.html) Safari/537.36",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Heurekabot-Feed/1.0 (+https://sluzby.heureka.cz/napoveda/heurekabot/)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; Let's Encrypt validation server; +https://www.letsencrypt.org)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; meanpathbot/1.0; +http://www.meanpath.com/meanpathbot.html)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; NetcraftSurveyAgent/1.0; +info@netcraft.com)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "My Nutch Spider/Nutch-1.6",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "OnlineOrNot.com_bot_1.0_(https://onlineornot.com)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "phantomas/1.11.0 (PhantomJS/1.9.8; linux x64)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; Qwantbot-prod12345/1.0; +Qwantbot@qwant.com)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; SISTRIX Crawler; http://crawler.sistrix.net/)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Seobility",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "SimplePie/1.2.1-dev (Feed Parser; http://simplepie.org; Allow like Gecko) Build/20130514092120",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Sosospider+(+http://help.soso.com/webspider.htm)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "TinEye-bot/0.02 (see http://www.tineye.com/crawler.html)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "W3C-mobileOK/DDC-1.0 (see http://www.w3.org/2006/07/mobileok-ddc)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "yacybot (freeworld/global; amd64 Linux 3.2.0-4-amd64; java 1.7.0_25; Europe/en) http://yacy.net/bot.html",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; YandexTracker/1.0; +http://yandex.com/bots)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "ZumBot/1.0 (ZUM Search; http://help.zum.com/inquiry)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 eCairn-Grabber/1.0 (+http://ecairn.com/grabber)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko; compatible; BW/1.1; bit.ly/2W6Px8S) Chrome/84.0.4147.105 Safari/537.36",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; LinkpadBot/2.3; +http://linkpad.org/robot/)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "HuaweiWebCatBot/6.0) (To acquire the allowed html pages as reliable information of URL categorization in the automatic process for Huawei Web Categorization.; https://isecurity.huawei.com/; sec at huawei dot com)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; LumtelBot/1.0; +http://lumtel.com)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "l9tcpid/v1.0.0",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "RocketMonitorBot/1.0 ( https://www.radiomast.io)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Crawldad (+https://gist.github.com/jayhardee9/2f2a2c4dba26564ee040ae32e0dd0972)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "GoogleAssociationService",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "HTTP Banner Detection (https://security.ipip.net)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "adstxtlab.com Crawler",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "CriteoBot/0.1 (+https://www.criteo.com/criteo-crawler/)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "LinkWalker/3.0 (http://www.brandprotect.com)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Lkx-TraversalHttpPlugin/0.0.1 (+https://leakix.net/, +https://twitter.com/HaboubiAnis)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "IDBTE4M CODE87",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Sogou head spider/3.0( http://www.sogou.com/docs/help/webmasters.htm#07)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows; U; Windows NT 5.1; en-US; rv:1.9.1.2) Gecko/20090729 Firefox/3.5.2 (.NET CLR 3.5.30729; Diffbot/0.1; +http://www.diffbot.com)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "windows", os_version: "5.1", mobile: false },
  },
  {
    ua: "AdsTxtCrawler/1.0; +https://github.com/InteractiveAdvertisingBureau/adstxtcrawler",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; vuhuvRBT/2.0; +https://vuhuv.com/rbt.html)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; WebwikiBot/2.1; +https://www.webwiki.co.uk)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Owler (ows.eu/owler)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; StractBot/0.1; open source search engine; +https://stract.com/webmasters)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; YandexDirectDyn/1.0; +http://yandex.com/bots",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Google-Extended",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "anthropic-ai",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "MixnodeCache/1.8(+https://cache.mixnode.com/)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "NetTrack Anonymous Web Statistics https://nettrack.info/support.php",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (WhatsMyIP.org PageRank_WebStats_Tool) http://whatsmyip.org/ua",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/102.0.5005.182 Safari/537.36 FontRadar",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Google-Area120-PrivacyPolicyFetcher",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; SiteAuditBot/0.97; http://www.semrush.com/bot.html)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "fragFINN.de HTTP-Collector",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "LinkChain",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; 2GDPR/1.2; https://2gdpr.com)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "LiveJournal.com (webmaster@livejournal.com; for https://www.livejournal.com/users/example/; 1 readers)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "nvdorz",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; Moto G Power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Mobile Safari/537.36 CloudflareObservatory/1.0",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (compatible; Timpibot/0.8; +http://www.timpi.io)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Searcherxweb",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 9; SM-G973F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/75.0.3770.101 Mobile Safari/537.36 Convertify",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (compatible; SpiderLing; +https://nlp.fi.muni.cz/projects/biwec/)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "peer39_crawler/1.0",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "LightspeedSystemsCrawler Mozilla/5.0 (Windows; U; MSIE 9.0; Windows NT 9.0; en-US)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "windows", os_version: "9.0", mobile: false },
  },
  {
    ua: "Komaru_The_Cat",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "FediList Agent/3 (https://fediverse.one/)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; YandexAdditionalBot/1.0; +http://yandex.com/bots)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; ORT/v1.0.0; visit ORTc.me )",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; SERankingBacklinksBot/1.0; +https://seranking.com/backlinks-crawler)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "webzio-extended (+https://webz.io/bot.html)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Google-Pinpoint",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; NovaAct/1.0; +https://www.novaact.com)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Gemini-AI/1.0; +https://developers.google.com/search/docs/crawling-indexing/google-common-crawlers)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Amzn-SearchBot/0.1) Chrome/119.0.6045.214 Safari/537.36",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "TprAdsTxtCrawler/1.1",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Google-Cloud-Scheduler",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/3.0 (Slurp/si; slurp@inktomi.com; http://www.inktomi.com/slurp.html)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Y!J-BRI/0.0.1 crawler ( http://help.yahoo.co.jp/help/jp/search/indexing/indexing-15.html )",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; CMSLookup/1.0)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; KenyaDomainScorer/2.1)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "nsfw-go-placeholder-filter/1.0",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Centurybot/1.0; +http://www.rightdao.com/bot.html) Chrome/131.0.0.0 Safari/537.36",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "OrlightBot/1.0 (+https://orlight.net/bot)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; 008/0.83; http://www.80legs.com/webcrawler.html) Gecko/2008032620",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "agentslug.com - website monitoring tool",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; Amazonbot/1.0; +https://developer.amazon.com/support/amazonbot)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.1 Safari/605.1.15 (Applebot/0.1)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "macos", os_version: "10.14.5", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Chrome/102.0.0.0 Safari/605.1.15 ArchiveBox/{VERSION} (+https://github.com/ArchiveBox/ArchiveBox/)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "macos", os_version: "10.15.7", mobile: false },
  },
  {
    ua: "Blogtrottr/2.0",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Breaker/v315 (subscribers=9999; feed-id=123456; url=https://www.breaker.audio/url-slug-to-podcast)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "BW/1.3; rb.gy/qyzae5",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; Bytespider; spider-feedback@bytedance.com) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.0.0 Safari/537.36",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "CATExplorador/1.0beta (sistemes at domini dot cat; http://domini.cat/catexplorador.html)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/92.0.4512.0 Safari/537.36",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Cliqzbot/0.1 (+http://cliqz.com/company/cliqzbot)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "mozilla/5.0 (macintosh; intel mac os x 10_15_7) applewebkit/537.36 (khtml, like gecko) chrome/109.0.0.0 safari/537.36 cloudflareobservatory/1.0",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "macos", os_version: "10.15.7", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Cypress/3.3.2 Chrome/61.0.3163.100 Electron/2.0.18 Safari/537.36",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; Dataprovider/6.92; +https://www.dataprovider.com/)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Sectigo DCV",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "ddg_android/5.90.0 (com.duckduckgo.mobile.android; Android API 28)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "android", os_version: null, mobile: true },
  },
  {
    ua: "Mozilla/5.0 (compatible; DuckDuckGo-Favicons-Bot/1.0; +http://duckduckgo.com)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "SAMSUNG-S8000/S8000XXIF3 SHP/VPP/R5 Jasmine/1.0 Nextreaming SMM-MMS/1.92.0 profile/MIDP-2.1 configuration/CLDC-1.1 FirePHP/0.3(Linux LLC 1.2)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "www.GettHIT.com | Free Traffic Exchange Bot | If you are seeing this, then your website has been listed in our traffic exchange service. | Visit Us : https://www.getthit.com/bot | Macintosh; Intel Mac OS X 10_7_5 (compatible; getthit.com/3.1;)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "macos", os_version: "10.7.5", mobile: false },
  },
  {
    ua: "DoCoMo/2.0 P900i(c100;TB;W24H11) (compatible; ichiro/mobile goo; +http://search.goo.ne.jp/option/use/sub4/sub4-1/)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: true },
  },
  {
    ua: "Google-Display-Ads-Bot",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; GoogleOther-Video/1.0)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; intel mac os x 10_14_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/88.0.4324.175 Safari/537.36 Chrome-Lighthouse",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "macos", os_version: "10.14.6", mobile: false },
  },
  {
    ua: "mozilla/5.0, google-adwords-express",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Google-Structured-Data-Testing-Tool +https://search.google.com/structured-data/testing-tool)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "HWCDN/GFS v1.80.995-4.38.2369.el7 CDS/AT2",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Jakarta Commons-HttpClient/3.1",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "WinHTTP",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "IFTTT-Protocol/v1",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Jersey/2.30.payara-p3 (HttpUrlConnection 11.0.25)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "keycdn-tools/h2",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "magpie-crawler/1.1 (U; Linux amd64; en-GB; +http://www.brandwatch.net)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "python/unicode Medusa/0.2.14 (Windows; 10; 3174120f-3388-11e9-b8bd-1c1b0d9d2a41)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "windows", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; meta-externalagent/1.1)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; MJ12bot/v1.4.4; http://www.majestic12.co.uk/bot.php?+)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; DotBot/1.2; +https://opensiteexplorer.org/dotbot; help@moz.com)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "NetNewsWire/4.0.0 (Mac OS X; http://netnewswireapp.com/mac/; gzip-happy)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "macos", os_version: null, mobile: false },
  },
  {
    ua: "newspaper/0.2.8",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Nuzzel",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "GPTBot/1.0 (+https://openai.com/gptbot)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "LogicMonitor SiteMonitor/1.0",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "pdrl.fm Analyzer / 1.0.0",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "psbot/0.1 (+http://www.picsearch.com/bot.html)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "PostmanRuntime/7.29.0",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; Qwantify/2.2w; +https://www.qwant.com/)/*",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "rest-client/2.1.0",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "MetaFeedly/1.0 (http://www.feedly.com)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Chrome/80.0.3987.87 Safari/537.36 RuxitSynthetic/1.0 v6191106029376332690 t7889551165227354132",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; Seekport Crawler; http://seekport.com/)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; seoscanners.net/1; +spider@seoscanners.net)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "shopify-partner-homepage-scraper",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; SISTRIX Optimizer; Uptime; +https://www.sistrix.com/faq/uptime)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "mozilla/5.0 (windows nt 6.1; wow64) skypeuripreview preview/0.5 skype-url-preview@microsoft.com",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "windows", os_version: "6.1", mobile: false },
  },
  {
    ua: "Sogou Orion spider/3.0( http://www.sogou.com/docs/help/webmasters.htm#07)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/106.0.0.0 Safari/537.36 PTST/SpeedCurve/230120.120134",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "mozilla/5.0 (x11; linux x86_64; splunk synthetics) applewebkit/537.36 (khtml, like gecko) chrome/135.0.0.0 safari/537.36",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Superfeedr bot/2.0 http://superfeedr.com - Make your feeds realtime: get in touch!",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; theoldreader.com; 1 subscribers; feed-id=aaa)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; Trance/1.0)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/55.0.2883.87 Safari/537.36 (via secureurl.fwdcdn.com - mail.ukr.net proxy)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Anonymous, Mozilla/5.0 (Linux; Android 9; RAZER Phone Build/NMF26F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/76.0.3809.111 Mobile Safari/537.36 AlohaBrowser/2.13.1",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "android", os_version: "9", mobile: true },
  },
  {
    ua: "WebPurify(callback)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "whatsapp/2.2123.8 n",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 11_0 like Mac OS X) AppleWebKit/604.1.38 (KHTML, like Gecko) Version/11.0 Mobile/15A372 Safari/604.1 (compatible; woorankreview/2.0; +https://www.woorank.com/)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "ios", os_version: "11.0", mobile: true },
  },
  {
    ua: "yacybot (freeworld/global; x86 Windows XP 5.1; java 1.7.0_21; GMT+04:00/ru) http://yacy.net/bot.html",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "windows", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; YandexVerticals/1.0; http://yandex.com/bots)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Zao/0.1 (http://www.kototol.org/zao)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "emclient/10.3.2619.0",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "spider/7.6.0.4827 cfnetwork/3826.600.41 darwin/24.6.0",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "iphone|Mozilla/5.0 (iPhone; CPU iPhone OS 8_7_7; like Mac OS X) AppleWebKit/535.47 (KHTML, like Gecko)  Chrome/47.0.2531.349 Mobile Safari/533.7",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "ios", os_version: "8.7.7", mobile: true },
  },
  {
    ua: "Vyhledavac sluzeb | hlavicka smerovani | najdu.s.holubem.eu",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/108.0.5359.128 Mobile Safari/537.36 (compatible; AhrefsSiteAudit/6.1; +http://ahrefs.com/robot/site-audit)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "android", os_version: "13", mobile: true },
  },
  {
    ua: " Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Amzn-User/0.1) Chrome/119.0.6045.214 Safari/537.36",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Asana/1.4.0 WebsiteMetadataRetriever",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Better Uptime Bot Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/74.0.3729.169 Safari/537.36",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "windows", os_version: "10.0", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/534+ (KHTML, like Gecko) BingPreview/1.0b",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "windows", os_version: "6.1", mobile: false },
  },
  {
    ua: "bitlybot/3.0 (+http://bit.ly/)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "facebookexternalhit/1.1 (compatible; Blueno/1.0; +http://naver.me/scrap)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Bluesky Cardyb/1.1; +mailto:support@bsky.app) Chrome/100.0.0.0 Safari/537.36",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "BufferLinkPreviewBot/1.0 (+https://scraper.buffer.com/about/bots/link-preview-bot)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko); compatible; ChatGPT-User/1.0; +https://openai.com/bot",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; Moto G (4)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/94.0.4590.2 Mobile Safari/537.36 Chrome-Lighthouse",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "android", os_version: "7.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Claude-User/1.0; +Claude-User@anthropic.com)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; Cohere-AI/1.0; +https://cohere.com/)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "DuckAssistBot/1.2; (+http://duckduckgo.com/duckassistbot.html)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Feedly/1.0 (+http://www.feedly.com/fetcher.html; 1 subscribers; like FeedFetcher-Google)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "FeedlyBot/1.0 (http://feedly.com)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.11; rv:49.0) Gecko/20100101 Firefox/49.0 (FlipboardProxy/1.2; +http://flipboard.com/browserproxy)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "macos", os_version: "10.11", mobile: false },
  },
  {
    ua: "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Gemini-Deep-Research; +https://gemini.google/overview/deep-research/) Chrome/135.0.0.0 Safari/537.36",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; GoogleDocs; apps-spreadsheets; +http://docs.google.com)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "FeedFetcher-Google; (+http://www.google.com/feedfetcher.html)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 7.0; SM-G930V Build/NRD90M) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/59.0.3071.125 Mobile Safari/537.36 (compatible; Google-Read-Aloud; +https://support.google.com/webmasters/answer/1061943)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "android", os_version: "7.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/41.0.2272.118 Safari/537.36 (compatible; Google-Read-Aloud; +https://support.google.com/webmasters/answer/1061943)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/56.0.2924.87 Safari/537.36 Google-PageRenderer Google (+https://developers.google.com/+/web/snippet/) ",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "GoogleProducer; (+https://developers.google.com/search/docs/crawling-indexing/google-producer)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; Google-Site-Verification/1.0)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "HubSpot Page Fetcher/1.0 http://www.hubspot.com/ web-crawlers@hubspot.com",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Iframely/1.3.1 (+https://iframely.com/docs/about)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "facebookexternalhit/1.1; kakaotalk-scrap/1.0; +https://devtalk.kakao.com/t/scrap/33984",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; KeybaseBot; +https://keybase.io)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "meta-externalfetcher/1.1 (+https://developers.facebook.com/docs/sharing/webmasters/crawler)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; MicrosoftPreview/2.0; +https://aka.ms/MicrosoftPreview) Chrome/W.X.Y.Z Safari/537.36",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; MistralAI-User/1.0; +https://docs.mistral.ai/robots)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/115.0.0.0 Safari/537.36 Agent-NovaAct/0.9",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Perplexity-User/1.0; +https://perplexity.ai/perplexity-user)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; Pinterestbot/1.0; +http://www.pinterest.com/bot.html)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; rogerBot/1.0; UrlCrawler; http://www.seomoz.org/dp/rogerbot)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; SiteAuditBot/0.97; +http://www.semrush.com/bot.html)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5 skype-url-preview@microsoft.com",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "windows", os_version: "6.1", mobile: false },
  },
  {
    ua: "UptimeBot/1.0 EU-1 (+https://uptime.bot/hello)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "vercel-favicon-bot",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "vercel-screenshot-bot",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Vercelbot (+https://vercel.com)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "vercelflags",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "verceltracing",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "AppEngine-Google; (+http://code.google.com/appengine; appid: s~virustotalcloud)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; YaDirectFetcher/1.0; Dyatel; +http://yandex.com/bots)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; YandexCalendar/1.0; +http://yandex.com/bots)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; YandexDirect/3.0; +http://yandex.com/bots)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; YandexForDomain/1.0; +http://yandex.com/bots)",
    seen: "ua-parser-js test/data/ua/extension/fetcher.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; MSIE 9.0; Windows NT 6.1; Trident/5.0); 360Spider",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "windows", os_version: "6.1", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; adidxbot/2.0; +http://www.bing.com/bingbot.htm)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "AdsBot-Google (+http://www.google.com/adsbot.html)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/41.0.2272.96 Mobile Safari/537.36 (compatible; AdsBot-Google-Mobile; +http://www.google.com/mobile/adsbot.html)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "android", os_version: "6.0.1", mobile: true },
  },
  {
    ua: "Mediapartners-Google",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible) AI2Bot (+https://www.allenai.org/crawler)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; aiHitBot/2.9; +https://www.aihitdata.com/about)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Algolia Crawler/v2.183.0",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Algolia Crawler Renderscript",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 8_1 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12B410 Safari/600.1.4 (Applebot/0.1;+http://www.apple.com/go/applebot)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "ios", os_version: "8.1", mobile: true },
  },
  {
    ua: "Applebot-Extended",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_1) AppleWebKit/600.2.5 (KHTML, like Gecko) Version/8.0.2 Safari/600.2.5 (Amazonbot/0.1; +https://developer.amazon.com/support/amazonbot)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "macos", os_version: "10.10.1", mobile: false },
  },
  {
    ua: "ia_archiver/8.1 (Windows 2000 1.9; en-US;)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "windows", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; archive.org_bot/3.3.0 +https://archive.org/details/archive.org_bot)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "atlassian-bot",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Audisto Crawler (mobile; +https://audisto.com/bot)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: true },
  },
  {
    ua: "Audisto Crawler (desktop; +https://audisto.com/bot)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Audisto Crawler (mobile; essential; +https://audisto.com/bot)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: true },
  },
  {
    ua: "Audisto Crawler (desktop; essential; +https://audisto.com/bot)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; AwarioBot/1.0; +https://awario.com/bots.html)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "AwarioSmartBot/1.0 (+https://awario.com/bots.html; bots@awario.com)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Baidu-ADS",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:17.0; Baiduspider-ads) Gecko/17.0 Firefox/17.0",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "linux", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; Baiduspider-cpro; +http://www.baidu.com/search/spider.html)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Baiduspider-favo",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Baiduspider-image+(+http://www.baidu.com/search/spider.htm)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Baiduspider-news",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; Baiduspider-render/2.0; +http://www.baidu.com/search/spider.html)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Baiduspider-video",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm) Chrome/",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; BLEXBot/1.0; +http://webmeup-crawler.com/)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Desktop: Mozilla/5.0 (compatible; botify; http://botify.com)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Bravebot/1.0; +https://search.brave.com/help/brave-search-crawler) Chrome/W.X.Y.Z Safari/537.36",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "BrightEdge Crawler/1.0 (crawler@brightedge.com)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 8.0; Pixel 2 Build/OPD3.170816.012) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/56.0.1511.1269 Mobile Safari/537.36; Bytespider",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "android", os_version: "8.0", mobile: true },
  },
  {
    ua: "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; ClaudeBot/1.0; +claudebot@anthropic.com)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "CCBot/1.0 (+https://commoncrawl.org/bot.html)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; ChatGLM-Spider/1.0; +https://chatglm.cn/)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Claude-SearchBot/1.0; +Claude-SearchBot@anthropic.com)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Claude-Web/1.0 (web crawler; +https://www.anthropic.com/; bots@anthropic.com)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Cloudflare-AutoRAG (https://developers.cloudflare.com/autorag; autorag@cloudflare.com)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; coccocbot-image/1.0; +http://help.coccoc.com/searchengine)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "cohere-training-data-crawler (+crawler@cohere.ai)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible;contxbot/1.0)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; Cotoyogi/4.0; +https://ds.rois.ac.jp/center8/crawler/)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko) (compatible; Coveobot/2.0;+http://www.coveo.com/bot.html)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; DataForSeoBot; +https://dataforseo.com/dataforseo-bot)",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; MSIE or Firefox mutant;) Daum 4.1",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; MSIE or Firefox mutant; not on Windows server;) Daumoa 4.0",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "windows", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; MSIE or Firefox mutant; not on Windows server;) Daumoa-image/1.0",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "windows", os_version: null, mobile: false },
  },
  {
    ua: "DeepSeekBot",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Diffbot/0.1",
    seen: "ua-parser-js test/data/ua/extension/crawler.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 13_4_1 like Mac OS X) AppleWebKit/605.1.15Z (KHTML, like Gecko) Version/13.1 Mobile/15E148 Safari/604.1 (Applebot/0.1)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "ios", os_version: "13.4.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_1) AppleWebKit/600.2.5 (KHTML, like Gecko) Version/8.0.2 Safari/600.2.5 (Applebot/0.1)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "macos", os_version: "10.10.1", mobile: false },
  },
  {
    ua: "bitlybot/3.0",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "ClaudeBot/1.0 (+https://www.anthropic.com/claudebot)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "LinkedInBot/1.0 (compatible; Mozilla/5.0; Jakarta Commons-HttpClient/3.1 +http://www.linkedin.com)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "ChatGPT-User/1.0",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; OAI-SearchBot/1.0; +https://openai.com/searchbot)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36; compatible; OAI-SearchBot/1.3; +https://openai.com/searchbot",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "macos", os_version: "10.15.7", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (compatible; PerplexityBot/1.0; +https://www.perplexity.ai/bot)",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Perplexity-User/1.0",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "WhatsApp/3.0.0.0 A",
    seen: "isbot fixtures/crawlers.yml (github.com/omrilotan/isbot)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Feedly/1.0 (+http://www.feedly.com/fetcher.html; like FeedFetcher-Google)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "windows", os_version: "6.1", mobile: false },
  },
  {
    ua: "Iframely/1.6.1 (+https://metadata.xayn.com)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko); compatible; OAI-SearchBot/1.0; +https://openai.com/searchbot",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.0; +https://openai.com/gptbot)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; ClaudeBot/1.0; +ClaudeBot@anthropic.com)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; PerplexityBot/1.0; +https://perplexity.ai/perplexitybot)",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "ViberUrlDownloader",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "meta-externalagent/1.1",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
  {
    ua: "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Amazonbot/0.1; +https://developer.amazon.com/support/amazonbot) Chrome/119.0.6045.214 Safari/537.36",
    seen: "device-detector Tests/fixtures/bots.yml (github.com/matomo-org/device-detector)",
    expect: { bot: true, in_app: null, os: "other", os_version: null, mobile: false },
  },
];
