// H5: a phone number the caller may see in full, as a tel: link (WeChat: phone-link.weapp.tsx).
export function PhoneLink({ phone, who }: { phone: string; who: string }) {
  return (
    <a className="phone-link" href={`tel:${phone}`} aria-label={`打电话给${who}：${phone}`}>
      {phone}
    </a>
  )
}
