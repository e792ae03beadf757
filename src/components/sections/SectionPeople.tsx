import type { Translate } from '../../lib/i18n';

export interface SectionPeopleProps {
  contact?: { email?: string | undefined; form?: string | undefined; group?: { href: string; name: string } | undefined } | undefined;
  officeHolders: readonly { role: string; name: string; contact?: string | undefined }[];
  zones: readonly {
    id: string;
    name: string;
    description: string;
    lead: string;
    leadContact?: string | undefined;
    groups: readonly { href: string; name: string }[];
  }[];
  t: Translate;
}

/** How to reach a section, who holds its roles, and its zones. Shared with the CMS preview. */
export function SectionPeople({ contact, officeHolders, zones, t }: SectionPeopleProps) {
  const reach = contact && (contact.email || contact.form || contact.group);
  return (
    <>
      {reach && (
        <section aria-labelledby="contact" className="section-block">
          <h2 id="contact">{t('sections.contact')}</h2>
          <ul className="section-links">
            {contact.email && (
              <li>
                <a href={`mailto:${contact.email}`}>{t('sections.contactEmail', { address: contact.email })}</a>
              </li>
            )}
            {contact.form && (
              <li>
                <a href={contact.form}>{t('sections.contactForm')}</a>
              </li>
            )}
            {contact.group && (
              <li>
                <a href={contact.group.href}>{t('sections.contactGroup', { group: contact.group.name })}</a>
              </li>
            )}
          </ul>
        </section>
      )}
      {officeHolders.length > 0 && (
        <section aria-labelledby="responsables" className="section-block">
          <h2 id="responsables">{t('sections.people')}</h2>
          <dl className="section-people">
            {officeHolders.map((holder) => (
              <div key={`${holder.role}-${holder.name}`}>
                <dt>{holder.role}</dt>
                <dd>{holder.contact ? <a href={holder.contact}>{holder.name}</a> : holder.name}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {zones.length > 0 && (
        <section aria-labelledby="zones" className="section-block">
          <h2 id="zones">{t('sections.zones')}</h2>
          <ul className="cards">
            {zones.map((zone) => (
              <li key={zone.id} id={`zone-${zone.id}`}>
                <article className="card zone-card">
                  <h3>{zone.name}</h3>
                  <p>{zone.description}</p>
                  <p className="muted">
                    {t('sections.zoneLead', { name: zone.lead })}
                    {zone.leadContact && (
                      <>
                        {' · '}
                        <a href={zone.leadContact}>{t('sections.zoneContact', { name: zone.lead })}</a>
                      </>
                    )}
                  </p>
                  {zone.groups.length > 0 && (
                    <>
                      <h4>{t('sections.zoneGroups')}</h4>
                      <ul>
                        {zone.groups.map((group) => (
                          <li key={group.href}>
                            <a href={group.href}>{group.name}</a>
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </article>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
