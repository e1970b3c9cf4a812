const url = 'https://api.voximplant.com/platform_api/SendSmsMessage?source=447443332211&destination=447443332212&sms_body=Test+message&store_body=true';
const options = {
  method: 'POST',
  headers: {Authorization: 'Bearer <token>', 'Content-Type': 'application/json'},
  body: '{}'
};

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
