/**
 * Real user agents, each with where it was seen and what `classify` must make of it: the evidence
 * for the rules in src/device/classify.ts. The strings are copied as found (data about devices,
 * not code). Where `seen` names a device-detector fixture "with its client hints", the hints are
 * that fixture's, with the structured-field quotes that its YAML dropped put back
 * (`Sec-CH-UA-Platform: "Android"` is sent as the header value `"Android"`, quotes included).
 * A "(known miss)" in `seen` marks a case where the headers cannot tell the truth: the expectation
 * records what the server can know, not what the device was.
 */
import type { Device } from "../../../src/device/device";

export interface UserAgentCase {
  /** The User-Agent header, exactly as seen. */
  ua: string;
  /** Client hints sent with it: header name to value, as sent. */
  hints?: Record<string, string>;
  /** Where the string was seen: a repository and file, or an issue. */
  seen: string;
  expect: Device;
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
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy); listed there as Messenger, whose in-app browser now sends Facebook's tokens (known miss)",
    expect: { bot: false, in_app: "facebook", os: "ios", os_version: "18.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240905.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.58 Mobile Safari/537.36  [FB_IAB/FB4A;FBAV/481.1.0.74.109;]",
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy); listed there as Messenger, whose in-app browser now sends Facebook's tokens (known miss)",
    expect: { bot: false, in_app: "facebook", os: "android", os_version: "14", mobile: true },
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
    seen: "inapp-spy issue #30 (github.com/shalanah/inapp-spy/issues/30): Telegram's in-app browser on Android leaving no mark (known miss)",
    expect: { bot: false, in_app: null, os: "android", os_version: "14", mobile: true },
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
    seen: "inapp-spy src/tests/mobile.ts (github.com/shalanah/inapp-spy); Telegram on iOS: Safari's own string, no mark (known miss)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "18.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 11; Pixel 3) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/92.0.4515.131 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/clienthints-app.yml (github.com/matomo-org/device-detector); Telegram (org.telegram.messenger by its X-Requested-With header, which is not read): no mark in the User-Agent (known miss)",
    expect: { bot: false, in_app: null, os: "android", os_version: "11", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 14; K) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/127.0.6533.103 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/clienthints-app.yml (github.com/matomo-org/device-detector); Telegram Web (org.telegram.messenger.web by X-Requested-With): no mark (known miss)",
    expect: { bot: false, in_app: null, os: "android", os_version: "14", mobile: true },
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
    expect: { bot: false, in_app: "webview", os: "android", os_version: "12", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 16_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Klarna/23.36.223",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "webview", os: "ios", os_version: "16.6.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 13_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Zalo/20.05.01 Mobile/15E148",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "webview", os: "ios", os_version: "13.5.1", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 10; Vsmart Live Build/QKQ1.190918.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/78.0.3904.108 Mobile Safari/537.36 Zalo/20.04.02.r1",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "webview", os: "android", os_version: "10", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 12; SM-G988N Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/100.0.4896.79 Mobile Safari/537.36;KAKAOTALK 2409760",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "webview", os: "android", os_version: "12", mobile: true },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU; iPhone OS 15_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 BizWebView KAKAOTALK 9.7.6",
    seen: "ua-parser-js test/data/ua/browser/browser-all.json (github.com/faisalman/ua-parser-js)",
    expect: { bot: false, in_app: "webview", os: "ios", os_version: "15.4.1", mobile: true },
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
    expect: { bot: false, in_app: "webview", os: "ipados", os_version: "11.2.5", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_5) AppleWebKit/605.1.15 (KHTML, like Gecko)",
    seen: "isbot fixtures/browsers.yml (github.com/omrilotan/isbot); an app's WKWebView with the Mac User-Agent, on a Mac or an iPad: not told from a browser (known miss)",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.14.5", mobile: false },
  },
  {
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 7_0_4 like Mac OS X) AppleWebKit/537.51.1 (KHTML, like Gecko) Mobile/11B554a",
    seen: 'bowser test/acceptance/useragentstrings.yml (github.com/bowser-js/bowser); listed there as Safari, but without "Safari/": a UIWebView or a home-screen web app',
    expect: { bot: false, in_app: "webview", os: "ios", os_version: "7.0.4", mobile: true },
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
    seen: "php-browser-detection tests/desktop_mode.php (github.com/foroco/php-browser-detection); an app's WKWebView with the Mac User-Agent (known miss)",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.15.7", mobile: false },
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
    seen: "react-device-detect issue #38 (github.com/duskload/react-device-detect/issues/38): Slack's in-app Safari view on iOS, identical to Safari (known miss)",
    expect: { bot: false, in_app: null, os: "ios", os_version: "12.3.1", mobile: true },
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
    seen: "inapp-spy src/tests/tablet.ts (github.com/shalanah/inapp-spy); an iPad asking for the desktop site: the Mac User-Agent (known miss)",
    expect: { bot: false, in_app: null, os: "macos", os_version: "10.15.7", mobile: false },
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
    seen: "php-browser-detection tests/desktop_mode.php (github.com/foroco/php-browser-detection); Edge for Android in desktop mode: the Linux desktop User-Agent (known miss without client hints)",
    expect: { bot: false, in_app: null, os: "linux", os_version: null, mobile: false },
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
];
